package io.holstein.list;

import java.util.AbstractList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A view of a range of a {@link CowArrayList}, with the behaviour of {@code ArrayList}'s sub lists:
 * backed by the list, fail-fast against structural changes made other than through the view or its
 * descendants.
 *
 * <p>The view holds its root list, not an array. Reads go to the root's current storage and writes
 * go through the root's methods, which copy shared storage first, so after the root is forked the
 * view goes on showing and writing the root, never the fork.
 */
final class CowSubList<E> extends AbstractList<E> implements RandomAccess {

    private final CowArrayList<E> root;

    /** The view this one was taken from, or null if it was taken from the root. */
    private final CowSubList<E> parent;

    /** Absolute index of the first element in the root. */
    final int offset;

    int size;

    /** The root's modCount when this view last agreed with it. */
    private int expectedModCount;

    CowSubList(CowArrayList<E> root, int fromIndex, int toIndex) {
        this.root = root;
        this.parent = null;
        this.offset = fromIndex;
        this.size = toIndex - fromIndex;
        this.expectedModCount = root.modCount();
    }

    private CowSubList(CowSubList<E> parent, int fromIndex, int toIndex) {
        this.root = parent.root;
        this.parent = parent;
        this.offset = parent.offset + fromIndex;
        this.size = toIndex - fromIndex;
        this.expectedModCount = parent.expectedModCount;
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        checkForComodification();
        return root.elementAt(offset + index);
    }

    @Override
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        checkForComodification();
        return root.setAt(offset + index, element);
    }

    @Override
    public int size() {
        checkForComodification();
        return size;
    }

    @Override
    public void add(int index, E element) {
        CowArrayList.checkPositionIndex(index, size);
        checkForComodification();
        root.add(offset + index, element);
        updateSizeAndModCount(1);
    }

    @Override
    public E remove(int index) {
        Objects.checkIndex(index, size);
        checkForComodification();
        E result = root.remove(offset + index);
        updateSizeAndModCount(-1);
        return result;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        checkForComodification();
        root.removeRange(offset + fromIndex, offset + toIndex);
        updateSizeAndModCount(fromIndex - toIndex);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return addAll(size, c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        CowArrayList.checkPositionIndex(index, size);
        int n = c.size();
        if (n == 0) {
            return false;
        }
        checkForComodification();
        int before = root.size;
        root.addAll(offset + index, c);
        updateSizeAndModCount(root.size - before);
        return true;
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        // ArrayList's sub list skips this check and, on a root that shrank, writes past its end.
        checkForComodification();
        root.replaceAllRange(operator, offset, offset + size);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        checkForComodification();
        return removeIf(CowArrayList.membership(c, true));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        checkForComodification();
        return removeIf(CowArrayList.membership(c, false));
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        checkForComodification();
        int before = root.size;
        boolean modified = root.removeIf(filter, offset, offset + size);
        if (modified) {
            updateSizeAndModCount(root.size - before);
        }
        return modified;
    }

    @Override
    public Object[] toArray() {
        checkForComodification();
        return root.copyRangeInto(new Object[size], offset, offset + size);
    }

    @Override
    public <T> T[] toArray(T[] a) {
        checkForComodification();
        return root.copyRangeInto(a, offset, offset + size);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        boolean equal = root.equalsRange((List<?>) o, offset, offset + size);
        checkForComodification();
        return equal;
    }

    @Override
    public int hashCode() {
        int hash = root.hashCodeRange(offset, offset + size);
        checkForComodification();
        return hash;
    }

    @Override
    public int indexOf(Object o) {
        int index = root.indexOfRange(o, offset, offset + size);
        checkForComodification();
        return index >= 0 ? index - offset : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        int index = root.lastIndexOfRange(o, offset, offset + size);
        checkForComodification();
        return index >= 0 ? index - offset : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Iterator<E> iterator() {
        return listIterator();
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        checkForComodification();
        CowArrayList.checkPositionIndex(index, size);
        return new CowListIterator<>(this, root, index);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        CowArrayList.checkSubListRange(fromIndex, toIndex, size);
        return new CowSubList<>(this, fromIndex, toIndex);
    }

    @Override
    public Spliterator<E> spliterator() {
        checkForComodification();
        return new CowListSpliterator<>(this, root);
    }

    /** The root's modCount when this view last agreed with it. */
    int expectedModCount() {
        return expectedModCount;
    }

    private void checkForComodification() {
        if (root.modCount() != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    /** After a structural write through this view: resize it and its ancestors, and resync. */
    private void updateSizeAndModCount(int sizeChange) {
        int rootModCount = root.modCount();
        for (CowSubList<E> view = this; view != null; view = view.parent) {
            view.size += sizeChange;
            view.expectedModCount = rootModCount;
        }
    }
}

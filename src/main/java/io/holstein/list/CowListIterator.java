package io.holstein.list;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The fail-fast list iterator of a {@link CowArrayList} or of one of its sub lists.
 *
 * <p>It holds the root list, never an array: every step reads the root's current storage, so a
 * first write after a fork (which moves the list to a private array) is seen at once, and an array
 * the list has left, which a fork may now write in place, is never read again. Writes go through
 * the owner ({@code set}, {@code add}, {@code remove} of the list or view), which copies shared
 * storage first.
 */
final class CowListIterator<E> implements ListIterator<E> {

    private final CowArrayList<E> root;

    /** The sub list iterated, or null for the whole root list. */
    private final CowSubList<E> view;

    /** Absolute index of the view's first element in the root. */
    private final int offset;

    /** Index, relative to the view, of the element the next call to next() returns. */
    private int cursor;

    /** Relative index of the element last returned, or -1. */
    private int lastReturned = -1;

    private int expectedModCount;

    /**
     * An iterator over the whole list. Its signature names no view class on purpose: the JIT does
     * not inline a constructor whose signature names a class not loaded yet, and an iterator whose
     * constructor is not inlined cannot be scalar-replaced in a for-each loop.
     */
    CowListIterator(CowArrayList<E> root, int index) {
        this.root = root;
        this.view = null;
        this.offset = 0;
        this.cursor = index;
        this.expectedModCount = root.modCount();
    }

    /** An iterator over a sub list. */
    CowListIterator(CowSubList<E> view, CowArrayList<E> root, int index) {
        this.root = root;
        this.view = view;
        this.offset = view.offset;
        this.cursor = index;
        this.expectedModCount = root.modCount();
    }

    private int limit() {
        return view == null ? root.size : view.size;
    }

    private List<E> owner() {
        return view == null ? root : view;
    }

    @Override
    public boolean hasNext() {
        return cursor != limit();
    }

    @Override
    public E next() {
        checkForComodification();
        int i = cursor;
        if (i >= limit()) {
            throw new NoSuchElementException();
        }
        E e = root.elementAt(offset + i);
        cursor = i + 1;
        lastReturned = i;
        return e;
    }

    @Override
    public boolean hasPrevious() {
        return cursor != 0;
    }

    @Override
    public E previous() {
        checkForComodification();
        int i = cursor - 1;
        if (i < 0) {
            throw new NoSuchElementException();
        }
        E e = root.elementAt(offset + i);
        cursor = i;
        lastReturned = i;
        return e;
    }

    @Override
    public int nextIndex() {
        return cursor;
    }

    @Override
    public int previousIndex() {
        return cursor - 1;
    }

    @Override
    public void remove() {
        if (lastReturned < 0) {
            throw new IllegalStateException();
        }
        checkForComodification();
        try {
            owner().remove(lastReturned);
            cursor = lastReturned;
            lastReturned = -1;
            expectedModCount = root.modCount();
        } catch (IndexOutOfBoundsException e) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void set(E e) {
        if (lastReturned < 0) {
            throw new IllegalStateException();
        }
        checkForComodification();
        try {
            owner().set(lastReturned, e);
        } catch (IndexOutOfBoundsException ex) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void add(E e) {
        checkForComodification();
        try {
            int i = cursor;
            owner().add(i, e);
            cursor = i + 1;
            lastReturned = -1;
            expectedModCount = root.modCount();
        } catch (IndexOutOfBoundsException ex) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int limit = limit();
        int i = cursor;
        if (i >= limit) {
            return;
        }
        if (offset + i >= root.elementData.length) {
            throw new ConcurrentModificationException();
        }
        for (; i < limit && root.modCount() == expectedModCount; i++) {
            action.accept(root.elementAt(offset + i));
        }
        cursor = i;
        lastReturned = i - 1;
        checkForComodification();
    }

    private void checkForComodification() {
        if (root.modCount() != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }
}

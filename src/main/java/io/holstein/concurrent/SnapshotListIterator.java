package io.holstein.concurrent;

import io.holstein.list.PersistentVector;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The list iterator of a {@link SnapshotVector} or of one of its sub lists: it walks one immutable
 * version, fixed when the iterator was made, so it never sees a later write and never throws {@code
 * ConcurrentModificationException}. Like {@code CopyOnWriteArrayList}'s, it cannot write: {@code
 * remove}, {@code set} and {@code add} throw {@link UnsupportedOperationException}.
 */
final class SnapshotListIterator<E> implements ListIterator<E> {

    /** The version walked: the whole list, or the slice of a sub list. */
    private final PersistentVector<E> snapshot;

    /** The index of the element the next call to next() returns. */
    private int cursor;

    /**
     * Walks the snapshot leaf by leaf while the iterator only moves forward, so a step costs
     * amortized O(1) instead of a trie descent; null until the first next(), or after previous().
     */
    private Iterator<E> forward;

    /** The index of the element {@link #forward} returns next. */
    private int forwardAt = -1;

    SnapshotListIterator(PersistentVector<E> snapshot, int cursor) {
        this.snapshot = snapshot;
        this.cursor = cursor;
    }

    @Override
    public boolean hasNext() {
        return cursor < snapshot.size();
    }

    @Override
    public E next() {
        if (cursor >= snapshot.size()) {
            throw new NoSuchElementException();
        }
        if (forwardAt != cursor) {
            forward = cursor == 0 ? snapshot.iterator() : snapshot.drop(cursor).iterator();
            forwardAt = cursor;
        }
        forwardAt++;
        cursor++;
        return forward.next();
    }

    @Override
    public boolean hasPrevious() {
        return cursor > 0;
    }

    @Override
    public E previous() {
        if (cursor <= 0) {
            throw new NoSuchElementException();
        }
        return snapshot.get(--cursor);
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
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int size = snapshot.size();
        if (cursor < size) {
            // The vector's own forEach walks leaves, not one trie path per element.
            PersistentVector<E> rest = cursor == 0 ? snapshot : snapshot.drop(cursor);
            cursor = size;
            rest.forEach(action);
        }
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException(
                "a SnapshotVector iterator reads a snapshot and cannot write");
    }

    @Override
    public void set(E e) {
        throw new UnsupportedOperationException(
                "a SnapshotVector iterator reads a snapshot and cannot write");
    }

    @Override
    public void add(E e) {
        throw new UnsupportedOperationException(
                "a SnapshotVector iterator reads a snapshot and cannot write");
    }
}

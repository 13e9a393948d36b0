package io.holstein.string;

import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The code points of a rope, as {@code String.codePoints()} gives them: a high surrogate followed
 * by a low one is one code point, even when the two sit in different chunks (chunks cut between
 * chars, never caring for pairs); an unpaired surrogate is its own value.
 */
final class RopeCodePointIterator implements PrimitiveIterator.OfInt {

    private final RopeCursor cursor;

    RopeCodePointIterator(RopeNode root) {
        this.cursor = new RopeCursor(root, 0);
    }

    @Override
    public boolean hasNext() {
        return cursor.hasNext();
    }

    @Override
    public int nextInt() {
        if (!cursor.hasNext()) {
            throw new NoSuchElementException();
        }
        char c = cursor.next();
        if (Character.isHighSurrogate(c) && cursor.hasNext()) {
            char d = cursor.peek();
            if (Character.isLowSurrogate(d)) {
                cursor.next();
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }
}

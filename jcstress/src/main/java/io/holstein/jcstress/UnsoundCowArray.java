package io.holstein.jcstress;

import java.util.Arrays;

/**
 * A deliberately unsound copy-on-write int array, for {@link UnsoundForksWrite} only: its shared
 * count is a plain {@code int} updated with {@code count++} and {@code count--}. Two threads
 * forking one array at once can lose an increment (each reads the same value and writes it back
 * plus one), and a count that is too low lets a writer believe it is the only holder and write an
 * array that another holder still reads. This is the C++98 reference- counted string without atomic
 * counts; Holstein's containers use {@code io.holstein.internal.RefCount} instead. Never use this
 * outside the test that shows the race.
 */
final class UnsoundCowArray {

    /** The count of one array: a plain field, so increments and decrements can be lost. */
    private static final class PlainCount {
        int count = 1;
    }

    private int[] elements;
    private PlainCount shares;

    UnsoundCowArray(int... elements) {
        this.elements = elements.clone();
        this.shares = new PlainCount();
    }

    private UnsoundCowArray(int[] elements, PlainCount shares) {
        this.elements = elements;
        this.shares = shares;
    }

    UnsoundCowArray fork() {
        PlainCount c = shares;
        c.count++;
        return new UnsoundCowArray(elements, c);
    }

    void set(int index, int value) {
        if (shares.count != 1) {
            int[] copy = Arrays.copyOf(elements, elements.length);
            shares.count--;
            elements = copy;
            shares = new PlainCount();
        }
        elements[index] = value;
    }

    int get(int index) {
        return elements[index];
    }

    /** The elements as decimal digits, as {@link Contents#digits} encodes lists. */
    int digits() {
        int d = 0;
        for (int e : elements) {
            d = d * 10 + e;
        }
        return d;
    }
}

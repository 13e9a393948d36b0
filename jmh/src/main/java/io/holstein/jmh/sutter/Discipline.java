package io.holstein.jmh.sutter;

import java.util.function.Function;

/**
 * The sharing disciplines, by the name the benchmarks' {@code type} parameter gives them. Public
 * because JMH's generated code converts the parameter.
 */
public enum Discipline {
    DeepCopy(DeepCopyString::new, true),
    Immutable(ImmutableString::new, true),
    AtomicCount(AtomicCountString::new, true),
    PlainCount(PlainCountString::new, false),
    SynchronizedCount(SynchronizedCountString::new, true),
    SharedBit(SharedBitString::new, true);

    private final Function<byte[], SharingString> factory;
    private final boolean threadSafe;

    Discipline(Function<byte[], SharingString> factory, boolean threadSafe) {
        this.factory = factory;
        this.threadSafe = threadSafe;
    }

    /** A string of this discipline over {@code data}, which it now owns. */
    SharingString over(byte[] data) {
        return factory.apply(data);
    }

    /** Whether copies of one source may be made and written from several threads at once. */
    boolean threadSafe() {
        return threadSafe;
    }
}

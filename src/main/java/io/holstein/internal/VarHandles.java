package io.holstein.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Finds the {@link VarHandle} of a field, for the classes that update a field atomically ({@link
 * RefCounted}'s count, the current version of the thread-safe containers). Called once per class,
 * from its static initializer.
 */
public final class VarHandles {

    private VarHandles() {}

    /**
     * Returns the handle of field {@code name}, of type {@code type}, declared by {@code lookup}'s
     * class. O(1) after the class's reflection data is loaded.
     *
     * @param lookup the caller's own {@code MethodHandles.lookup()}, which may reach its private
     *     fields
     * @param name the field's name
     * @param type the field's declared type
     * @return the field's handle
     * @throws ExceptionInInitializerError if there is no such field: the caller's class is then
     *     unusable, as when its own static initializer fails
     */
    public static VarHandle field(MethodHandles.Lookup lookup, String name, Class<?> type) {
        try {
            return lookup.findVarHandle(lookup.lookupClass(), name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}

/**
 * Machinery shared by Holstein's collections: the reference count of the refcount discipline, the
 * ownership token of builders, the read-only bases of the immutable types and the serialized
 * layout. <b>Not API</b>: the module does not export this package, its classes may change in any
 * release, and they are public only so that the other packages can share them.
 */
package io.holstein.internal;

/**
 * JSON for every Holstein type with Jackson 2: {@link io.holstein.jackson2.HolsteinModule}.
 *
 * <p>Collections and maps are read through the builders of the persistent types; the {@code
 * Snapshot*} types through their persistent counterparts; the {@code Cow*} collections like their
 * {@code java.util} twins; {@code Rope} and {@code CowString} as JSON strings.
 */
package io.holstein.jackson2;

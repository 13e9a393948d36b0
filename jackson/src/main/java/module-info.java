/**
 * Holstein for Jackson 3: reads and writes every Holstein type as JSON. Jackson's {@code
 * findAndAddModules()} finds {@link io.holstein.jackson.HolsteinModule} through the service below.
 */
module io.holstein.jackson {
    requires transitive tools.jackson.databind;
    requires io.holstein;

    exports io.holstein.jackson;

    provides tools.jackson.databind.JacksonModule with
            io.holstein.jackson.HolsteinModule;
}

/**
 * Holstein for Jackson 2: reads and writes every Holstein type as JSON. Jackson's {@code
 * findAndAddModules()} finds {@link io.holstein.jackson2.HolsteinModule} through the service below.
 * The module is named after its package (javac's lint prefers names without terminal digits).
 */
@SuppressWarnings("module")
module io.holstein.jackson2 {
    requires transitive com.fasterxml.jackson.databind;
    requires io.holstein;

    exports io.holstein.jackson2;

    provides com.fasterxml.jackson.databind.Module with
            io.holstein.jackson2.HolsteinModule;
}

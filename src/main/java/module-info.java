/**
 * Holstein: copy-on-write and persistent collections that share storage until a write forces a
 * private copy.
 */
module io.holstein {
    exports io.holstein;
    exports io.holstein.concurrent;
    exports io.holstein.list;
    exports io.holstein.map;
    exports io.holstein.sorted;
    exports io.holstein.string;
}

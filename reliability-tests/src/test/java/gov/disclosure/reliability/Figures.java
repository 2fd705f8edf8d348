package gov.disclosure.reliability;

/** The Jepsen-style summary line every fault test prints (and docs/reliability.md quotes). */
record Figures(String test, long acknowledged, int faults, long lost, long duplicated) {
    void print(String extra) {
        System.out.printf("[reliability] %s: acknowledged=%d faults=%d lost=%d duplicated=%d%s%n", test, acknowledged,
                faults, lost, duplicated, extra == null || extra.isEmpty() ? "" : " " + extra);
    }
}

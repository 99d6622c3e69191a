package org.xuefa.demo;

import org.slf4j.Logger;

/**
 * One step of demo seeding. A step that fails (a law, course or lesson the demo cites is missing, say) is logged
 * with a WARN naming the step and its cause and skipped; the rest of the demo still seeds and the app starts. Each
 * step calls the modules' transactional services, so a failed call leaves nothing half-written behind it.
 */
final class DemoStep {
    private DemoStep() {
    }

    /** Runs the step; false when it failed and was skipped. */
    static boolean run(Logger log, String step, Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo seeding skipped \"{}\": {}", step, cause(e));
            log.debug("Demo seeding step \"{}\" failed", step, e);
            return false;
        }
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (caused by " + root + ")";
    }
}

package org.xuefa.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Keeps what a started process (the production jar) prints, read on a daemon thread of its own. */
public final class ProcessOutput {
    private ProcessOutput() {
    }

    /** Starts reading the process's output into the buffer, line by line, until the process closes it. */
    public static StringBuffer follow(Process process, String threadName) {
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> copy(process, output), threadName);
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private static void copy(Process process, StringBuffer output) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output stopped: ").append(e).append(")\n");
        }
    }
}

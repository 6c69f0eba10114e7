package com.newsbot.bot;

import com.newsbot.bot.cli.Cli;
import com.newsbot.bot.cli.LogFiles;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code newsbot} command: see {@link Cli}. The only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        String refused = LogFiles.prepare(System.getenv());
        if (refused != null) {
            err.println("newsbot: " + refused);
            System.exit(Cli.BAD_INPUT);
        }
        int exitCode = new Cli(System.getenv(), new FileInputStream(FileDescriptor.in), out, err).run(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}

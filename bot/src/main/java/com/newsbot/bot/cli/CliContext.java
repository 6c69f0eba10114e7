package com.newsbot.bot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command may touch of the outside world: the environment and the three standard streams. */
record CliContext(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
}

package com.newsbot.bot.console;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Button;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Reader;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The console chat ({@code newsbot} / {@code newsbot chat}): reads one message a line, answers it
 * through the shared {@link ConversationHandler} (with the question log and {@code /good} / {@code /bad} for the last
 * answer when the state is on) and prints the reply as plain text, buttons as {@code → /source ID  title} lines (or
 * the command or web address a button stands for). Ends at end of input or on {@code /exit}.
 */
public final class ConsoleChat {
    static final String CONVERSATION_ID = "console";
    static final String FRONT_END = "console";
    private static final Set<String> EXIT_COMMANDS = Set.of("/exit", "/quit");
    private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);

    private final RecordedConversation conversation;
    private final Prompts prompts;
    private final Reader reader;

    /** A console chat that keeps nothing: no question log, no votes. */
    public ConsoleChat(ConversationHandler handler, Prompts prompts) {
        this(new RecordedConversation(handler, RecordedConversation.NO_SUMMARIES, BotState.off("no state database"), prompts), prompts);
    }

    public ConsoleChat(RecordedConversation conversation, Prompts prompts) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.reader = new Reader(FRONT_END, System.getProperty("user.name", "console"), CONVERSATION_ID, CONVERSATION_ID,
                false);
    }

    /**
     * Chats until the input ends. {@code interactive} shows a greeting and a {@code >} prompt (for a
     * terminal); without it only the replies are written (for a pipe).
     *
     * @return the exit code: 0 when the input ended or the user left, 1 when the input could not be read
     */
    public int run(BufferedReader in, PrintStream out, boolean interactive) {
        if (interactive) {
            out.println(prompts.text("console-welcome.zh.txt"));
            out.println();
        }
        try {
            while (true) {
                if (interactive) {
                    out.print(prompts.text("console-prompt.txt") + " ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (EXIT_COMMANDS.contains(line.strip().toLowerCase(Locale.ROOT))) {
                    break;
                }
                out.println(render(conversation.handle(reader, line).reply()));
                out.println();
                out.flush();
            }
        } catch (IOException e) {
            log.error("Reading the console input failed", e);
            return 1;
        }
        if (interactive) {
            out.println(prompts.text("console-goodbye.zh.txt"));
        }
        out.flush();
        return 0;
    }

    /** Chats in a terminal when there is one, otherwise as a pipe. */
    public int run(BufferedReader in, PrintStream out) {
        return run(in, out, System.console() != null);
    }

    /** A reply as plain text: paragraphs separated by a blank line, then one line per button. */
    static String render(Reply reply) {
        StringBuilder text = new StringBuilder(reply.plainText());
        if (!reply.buttons().isEmpty()) {
            text.append('\n');
            for (Button button : reply.buttons()) {
                String does = button.kind() == Button.Kind.LINK ? button.target() : button.command();
                text.append("\n→ ").append(does).append("  ").append(button.label());
            }
        }
        return text.toString();
    }
}

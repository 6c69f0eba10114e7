package com.newsbot.bot.cli;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.answer.Citation;
import com.newsbot.retrieval.ArticleHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsbot ask [--json] [QUESTION]}: one answer; with no QUESTION, one question a line from
 * stdin and one answer a line. A bad line gets its own error line and the run goes on.
 */
@Command(name = "ask", description = "Answer one question, or one question a line from stdin.")
final class AskCommand implements Callable<Integer> {
    /** Longest stdin line kept; longer ones are reported, not read into memory whole. */
    private static final int MAX_LINE_BYTES = 1 << 20;
    /** The conversation a question from the command line is asked in (a line of stdin gets one of its own). */
    private static final String ASKER = "ask-";

    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "write one JSON object per question, on one line")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "the question (default: read stdin)")
    List<String> words;

    /** The issues' metadata (for each citation's url), read when the index is open. */
    private Json.IssueLookup issues = issueId -> null;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        QuestionInput.Checked single = null;
        if (words != null && !words.isEmpty()) {
            single = QuestionInput.check(String.join(" ", words));
            if (single.problem() != null) {
                throw new BadInputException(single.problem());
            }
        }
        try (BotServices services = BotServices.open(options, context).prepareAnswers()) {
            issues = new IssueDirectory(services.index());
            PrintStream out = context.out();
            ConversationHandler conversation = services.conversation();
            if (single != null) {
                print(conversation.ask(ASKER, single.question()), out);
                return Cli.OK;
            }
            return answerLines(conversation, context, out);
        }
    }

    private int answerLines(ConversationHandler conversation, CliContext context, PrintStream out) throws IOException {
        InputLines lines = new InputLines(context.in(), MAX_LINE_BYTES);
        int bad = 0;
        for (InputLines.Line line = lines.next(); line != null; line = lines.next()) {
            String problem = line.problem();
            QuestionInput.Checked checked = null;
            if (problem == null) {
                checked = QuestionInput.check(line.text());
                problem = checked.problem();
            }
            if (problem != null) {
                bad++;
                if (json) {
                    out.println(Json.line(AnswerJson.error(null, problem, line.number())));
                } else {
                    out.println("line " + line.number() + ": " + problem);
                }
            } else {
                print(conversation.ask(ASKER + line.number(), checked.question()), out); // each line stands alone
            }
            out.flush();
        }
        return Cli.OK;
    }

    private void print(Answer answer, PrintStream out) {
        if (json) {
            out.println(Json.line(AnswerJson.answer(answer, issues)));
            return;
        }
        out.println(answer.text());
        for (Citation citation : answer.citations()) {
            out.printf("  [%d] %s%s · %s%s · id: %s%n", citation.n(), citation.title(),
                    citation.author().isEmpty() ? "" : " — " + citation.author(), citation.issueId(),
                    citation.date() == null ? "" : " " + citation.date(), citation.articleId());
        }
        if (!answer.found()) {
            for (ArticleHit hit : answer.related()) {
                out.printf("  · %s · id: %s%n", hit.article().title(), hit.article().id());
            }
        }
    }
}

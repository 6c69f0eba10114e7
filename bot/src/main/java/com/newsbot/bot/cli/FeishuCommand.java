package com.newsbot.bot.cli;

import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuBotException;
import com.newsbot.bot.feishu.FeishuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsbot feishu}: the Feishu (Lark) bot (long connection) until SIGTERM or Ctrl-C. */
@Command(name = "feishu", description = "Run the Feishu (Lark) bot (long connection); configured by environment variables.")
final class FeishuCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(FeishuCommand.class);
    /** How often the running bot looks for new or changed issues in the seeds folder. */
    private static final Duration SEED_CHECK = Duration.ofSeconds(60);

    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        Path indexDir = options.indexDir(context.env());
        FeishuSettings settings;
        try {
            settings = FeishuSettings.fromEnvironment(context.env(), indexDir.resolveSibling(indexDir.getFileName() + "-feishu"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (BotServices services = BotServices.openAnsweringAtOnce(options, context, line -> log.info("{}", line))
                .prepareAnswers();
             FeishuBot bot = new FeishuBot(settings, ReplicaState.required(context, services.recordedConversation(context)),
                     services.prompts());
             AutoCloseable ops = OpsEndpoint.start(context, services.index(), services.state(context),
                     () -> bot.connected() ? Optional.empty() : Optional.of("the long connection to Feishu is not open"))) {
            services.watchSeeds(SEED_CHECK);
            context.err().println("newsbot: Feishu bot running (Ctrl-C to stop)");
            bot.runUntilShutdown();
            return Cli.OK;
        } catch (FeishuBotException e) {
            context.err().println("newsbot: " + e.getMessage());
            return Cli.FAILURE;
        }
    }
}

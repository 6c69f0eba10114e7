package com.newsbot.bot.cli;

import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuSettings;
import picocli.CommandLine.Command;

/** {@code newsbot feishu}: the Feishu (Lark) bot (long connection) until SIGTERM or Ctrl-C. */
@Command(name = "feishu", description = "Run the Feishu (Lark) bot (long connection); configured by environment variables.")
final class FeishuCommand extends FrontEndCommand<FeishuSettings> {
    FeishuCommand() {
        super("Feishu", FeishuSettings::fromEnvironment, FeishuBot::new, Replicas.ALL, "the long connection to Feishu is not open");
    }
}

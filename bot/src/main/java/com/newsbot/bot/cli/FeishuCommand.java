package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuSettings;
import com.newsbot.bot.frontend.FrontEndRuntime;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Map;

/** {@code newsbot feishu}: the Feishu (Lark) bot (long connection) until SIGTERM or Ctrl-C. */
@Command(name = "feishu", description = "Run the Feishu (Lark) bot (long connection); configured by environment variables.")
final class FeishuCommand extends FrontEndCommand<FeishuSettings> {
    @Override
    String name() {
        return "Feishu";
    }

    @Override
    FeishuSettings settings(Map<String, String> env, Path stateDir) {
        return FeishuSettings.fromEnvironment(env, stateDir);
    }

    @Override
    FrontEndRuntime frontEnd(FeishuSettings settings, RecordedConversation conversation, Prompts prompts) {
        return new FeishuBot(settings, conversation, prompts);
    }
}

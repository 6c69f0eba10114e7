package com.newsbot.bot.answer;

/** One exchange of a chat, kept so a follow-up ({@code 他们是哪天签的？}) can be resolved against it. */
public record Turn(String question, Answer answer) {
}

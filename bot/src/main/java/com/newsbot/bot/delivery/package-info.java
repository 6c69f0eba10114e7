/**
 * Delivering replies without ever blocking a worker: {@link com.newsbot.bot.delivery.OrderedOutbox} (in order per
 * chat, retries scheduled on a timer) and {@link com.newsbot.bot.delivery.RefusalBudget} (how often strangers are
 * told they are not allowed). Front-end neutral: Telegram uses them, another chat platform can.
 */
package com.newsbot.bot.delivery;

package com.newsbot.bot;

public final class Main {
    public static void main(String[] args) {
        System.out.println("newsbot");
    }
}

package io.redspec.cli;

/** Placeholder entry point; replaced by the picocli command tree. */
public final class RedspecCli {
    public static void main(String[] args) {
        System.out.println("redspec");
    }
}

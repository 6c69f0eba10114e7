package com.newsbot.bot.ops;

import com.newsbot.bot.state.Leases;
import com.newsbot.bot.state.StateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a front end in one replica at a time: every {@link #renewEvery} each replica tries to take or renew the lease
 * {@code name} (for {@link #ttl}); the holder runs the front end, the others wait. A holder that cannot renew (the
 * database unreachable) stops before its lease can run out, so two never poll at once; a holder that dies leaves its
 * lease to run out, and the next replica to try takes it: within {@code ttl + renewEvery}. A clean stop gives the
 * lease up at once.
 */
public final class LeaderOnly implements AutoCloseable {
    /** What runs in the leader: started when the lease is won, closed when it is lost or on stop. */
    @FunctionalInterface
    public interface Role {
        AutoCloseable start() throws Exception;
    }

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(15);
    public static final Duration DEFAULT_RENEW = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(LeaderOnly.class);

    private final Leases leases;
    private final String name;
    private final String holder;
    private final Duration ttl;
    private final Duration renewEvery;
    private final Role role;
    private final ScheduledExecutorService thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private AutoCloseable running;
    private long expiresNanos;
    private String problem = "not tried yet";
    private boolean closed;

    public LeaderOnly(Leases leases, String name, String holder, Duration ttl, Duration renewEvery, Role role) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.name = Objects.requireNonNull(name, "name");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.renewEvery = Objects.requireNonNull(renewEvery, "renewEvery");
        this.role = Objects.requireNonNull(role, "role");
        if (renewEvery.multipliedBy(2).compareTo(ttl) >= 0) {
            throw new IllegalArgumentException("the lease must be renewed at least twice within its ttl");
        }
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "newsbot-lease-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** A holder name unique to this process: host and pid. */
    public static String processHolder() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElseGet(() -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                return "host";
            }
        });
        return host + ":" + ProcessHandle.current().pid();
    }

    /** Starts trying for the lease (the first try at once). */
    public LeaderOnly start() {
        thread.scheduleWithFixedDelay(this::tick, 0, renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C) or {@link #close()} is called. */
    public void runUntilShutdown() throws InterruptedException {
        Thread hook = new Thread(this::close, "newsbot-lease-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            start();
            stopped.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and runs the hook
            }
            close();
        }
    }

    private void tick() {
        boolean held;
        long asked = System.nanoTime();
        try {
            held = leases.hold(name, holder, ttl);
            synchronized (this) {
                if (held) {
                    expiresNanos = asked + ttl.toNanos(); // at the latest: the database set it after we asked
                    problem = null;
                } else {
                    problem = "standby: " + leases.holder(name).map(h -> h + " holds the " + name + " lease")
                            .orElse("the " + name + " lease is changing hands");
                }
            }
        } catch (StateException e) {
            synchronized (this) {
                // renewal failed: keep running only while the lease surely outlasts the next try (a tick late)
                held = running != null && System.nanoTime() + 2 * renewEvery.toNanos() - expiresNanos < 0;
                problem = "cannot renew the " + name + " lease: " + e.getMessage();
            }
            log.warn("Cannot reach the state database to renew the {} lease: {}", name, e.getMessage());
        }
        if (held) {
            startRole();
        } else {
            stopRole("lease " + name + " not held");
        }
    }

    private synchronized void startRole() {
        if (running != null || closed) {
            return;
        }
        try {
            running = role.start();
            log.info("Holding the {} lease as {}: running", name, holder);
        } catch (Exception e) {
            problem = "starting failed: " + e.getMessage();
            log.error("Holding the {} lease but starting failed, giving it up: {}", name, e.getMessage());
            try {
                leases.release(name, holder);
            } catch (StateException released) {
                log.warn("Giving up the {} lease failed: {}", name, released.getMessage());
            }
        }
    }

    private synchronized void stopRole(String why) {
        if (running == null) {
            return;
        }
        log.warn("Stopping {}: {}", name, why);
        try {
            running.close();
        } catch (Exception e) {
            log.warn("Stopping {} failed: {}", name, e.getMessage());
        }
        running = null;
    }

    /** Whether this replica runs the role now. */
    public synchronized boolean leading() {
        return running != null;
    }

    /** Empty when leading; else why not (standby and who leads, or the database problem). */
    public synchronized Optional<String> status() {
        return running != null ? Optional.empty() : Optional.of(problem == null ? "starting" : problem);
    }

    /** Stops the role and gives the lease up, so another replica takes over at once. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean wasLeading;
        synchronized (this) {
            wasLeading = running != null;
            stopRole("stopping");
        }
        if (wasLeading) {
            try {
                leases.release(name, holder);
            } catch (StateException e) {
                log.warn("Giving up the {} lease failed; another replica takes over when it runs out: {}", name, e.getMessage());
            }
        }
        stopped.countDown();
    }

    /** Stops without giving the lease up or closing the role: what a killed process leaves behind (tests). */
    void abandon() {
        synchronized (this) {
            closed = true;
        }
        thread.shutdownNow();
        stopped.countDown();
    }
}

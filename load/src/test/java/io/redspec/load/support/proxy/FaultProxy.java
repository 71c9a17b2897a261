package io.redspec.load.support.proxy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A loopback proxy in front of a real server that plays a wrong server: every command and reply
 * goes through a {@link Fault}. Replies are matched to commands in order; once a connection
 * subscribes, what the server sends is treated as pub/sub messages. Two threads per connection:
 * test traffic only.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> SUBSCRIBING = Set.of("SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE");

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Fault fault;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    private FaultProxy(int upstreamPort, Fault fault) throws IOException {
        this.upstreamPort = upstreamPort;
        this.fault = fault;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "fault-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public static FaultProxy start(int upstreamPort, Fault fault) {
        try {
            return new FaultProxy(upstreamPort, fault);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy: " + e.getMessage(), e);
        }
    }

    public String uri() {
        return "redis://127.0.0.1:" + listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                accepted.incrementAndGet();
                new Pair(client, server).start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("fault proxy: " + e.getMessage());
                }
            }
        }
    }

    /** One client connection and its upstream connection. */
    private final class Pair {
        private final Socket client;
        private final Socket server;
        private final BlockingQueue<List<String>> pending = new LinkedBlockingQueue<>();
        private volatile boolean subscribed;

        Pair(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            thread("fault-proxy-in", this::commands);
            thread("fault-proxy-out", this::replies);
        }

        private void thread(String name, IoTask task) {
            Thread t = new Thread(() -> {
                try {
                    task.run();
                } catch (IOException | RuntimeException | InterruptedException e) {
                    // a side closed: close both
                } finally {
                    closeQuietly(client);
                    closeQuietly(server);
                }
            }, name);
            t.setDaemon(true);
            t.start();
        }

        private void commands() throws IOException {
            OutputStream out = new BufferedOutputStream(server.getOutputStream());
            InputStream in = new FlushingInput(client.getInputStream(), out);
            Resp command;
            while ((command = Resp.read(in)) != null) {
                List<String> argv = command.argv();
                if (!argv.isEmpty() && SUBSCRIBING.contains(argv.get(0).toUpperCase(Locale.ROOT))) {
                    subscribed = true;
                }
                pending.add(argv);
                List<String> forwarded = fault.command(argv);
                (forwarded == argv ? command : Resp.command(forwarded)).write(out);
            }
        }

        private void replies() throws IOException, InterruptedException {
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            InputStream in = new FlushingInput(server.getInputStream(), out);
            Resp reply;
            while ((reply = Resp.read(in)) != null) {
                Resp back;
                if (subscribed) {
                    pending.poll();
                    back = fault.push(reply);
                } else {
                    back = fault.reply(pending.take(), reply);
                }
                if (back != null) {
                    back.write(out);
                }
            }
        }
    }

    private interface IoTask {
        void run() throws IOException, InterruptedException;
    }

    /** The target goes away: every connection and the listener close, new connections are refused. */
    /** Client connections accepted so far (closed ones included). */
    public int accepted() {
        return accepted.get();
    }

    /**
     * Kills the proxy {@code delayMs} after it has accepted {@code links} connections: once the load
     * is under way, however long the run took to start on a loaded machine. Returns when the kill
     * happened (System.nanoTime()), 0 until then.
     */
    public java.util.concurrent.atomic.AtomicLong killOnceLoaded(java.util.concurrent.ScheduledExecutorService timer,
                                                                 int links, long delayMs) {
        java.util.concurrent.atomic.AtomicLong killedAt = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        timer.scheduleWithFixedDelay(() -> {
            if (accepted() >= links && armed.compareAndSet(false, true)) {
                timer.schedule(() -> {
                    killedAt.set(System.nanoTime());
                    kill();
                }, delayMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }, 20, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        return killedAt;
    }

    public void kill() {
        closed = true;
        closeQuietly(listener);
        sockets.forEach(FaultProxy::closeQuietly);
    }

    @Override
    public void close() {
        kill();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

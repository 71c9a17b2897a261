package io.redspec.load.protocol;

import io.gatling.core.session.Session;
import io.gatling.netty.util.Transports;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.util.internal.PlatformDependent;
import io.redspec.resp.Endpoint;
import io.redspec.resp.Handshake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The lean hot path: a plain-TCP RESP2 connection on one of Gatling's own event loops. Commands
 * are encoded straight into one buffer per event-loop tick (every batch queued since the last
 * flush goes out in one write), replies are matched to a FIFO of pending batches, and a single
 * periodic sweep per connection fails what waited longer than the timeout (the oldest batch is
 * at the head, so the sweep stops at the first one still in time). No TLS, no RESP3: those go
 * through {@link LettuceChannel}.
 */
final class RespConnection implements CommandChannel {

    private final Channel channel;
    private final long timeoutNanos;
    /** Batches sent by any thread, not yet written; drained on the channel's event loop. */
    private final Queue<RespBatch> outgoing = PlatformDependent.newMpscQueue();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;
    /** Written, waiting for replies; touched on the channel's event loop only. */
    private final ArrayDeque<RespBatch> pending = new ArrayDeque<>();
    /** Encodes on the channel's event loop only (in {@link #drain()}). */
    private final RespCommandWriter writer = new RespCommandWriter();
    private ScheduledFuture<?> sweep;
    private volatile String closedReason;

    private RespConnection(Channel channel, Duration timeout) {
        this.channel = channel;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Whether the lean path can serve these settings. */
    static boolean supports(RedisProtocol settings) {
        return !settings.endpoint().tls() && !settings.resp3();
    }

    /**
     * Connects on {@code loop}, then authenticates and selects the database if the endpoint asks
     * for it; fails with the server's message if either is refused.
     */
    static CompletableFuture<RespConnection> connect(RedisProtocol settings, EventLoop loop, boolean nativeTransport,
                                                     boolean ioUring) {
        Endpoint e = settings.endpoint();
        CompletableFuture<RespConnection> result = new CompletableFuture<>();
        ChannelFactory<? extends SocketChannel> factory = Transports.newSocketChannelFactory(nativeTransport, ioUring);
        RespConnection[] holder = new RespConnection[1];
        Bootstrap bootstrap = new Bootstrap().group(loop).channelFactory(factory)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        holder[0] = new RespConnection(ch, settings.timeout());
                        ch.pipeline().addLast(holder[0].new ReplyHandler());
                    }
                });
        bootstrap.connect(e.host(), e.port()).addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
                return;
            }
            RespConnection c = holder[0];
            c.startSweep();
            // the same AUTH/SELECT as the conformance client; RESP2 only on this path
            List<List<String>> setup = Handshake.commands(e, 2).stream().map(Handshake.Command::argv).toList();
            if (setup.isEmpty()) {
                result.complete(c);
                return;
            }
            c.send(loop, setup, false, (replies, failures, endNanos) -> {
                for (String failure : failures) {
                    if (failure != null) {
                        c.close();
                        result.completeExceptionally(new IllegalStateException(failure));
                        return;
                    }
                }
                result.complete(c);
            });
        });
        return result;
    }

    @Override
    public void send(Session session, List<List<String>> lines, boolean keepReplies, Done done) {
        send(session.eventLoop(), lines, keepReplies, done);
    }

    private void send(EventExecutor completeOn, List<List<String>> lines, boolean keepReplies, Done done) {
        RespBatch batch = new RespBatch(completeOn, lines, keepReplies, System.nanoTime(), done);
        String closed = closedReason;
        if (closed != null) {
            batch.fail(closed);
            return;
        }
        outgoing.offer(batch);
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(drain);
        }
    }

    /** Writes every queued batch in one buffer and one flush. */
    private void drain() {
        drainScheduled.set(false);
        RespBatch first = outgoing.poll();
        if (first == null) {
            return;
        }
        if (closedReason != null) {
            failQueued(first, closedReason);
            return;
        }
        for (RespBatch b = first; b != null; b = outgoing.poll()) {
            int mark = writer.size();
            try {
                for (List<String> argv : b.lines) {
                    writer.add(argv);
                }
            } catch (RuntimeException e) { // a null argument, say: that batch fails, the others go out
                writer.truncate(mark);
                b.fail("cannot encode the command: " + RedisAction.message(e));
                continue;
            }
            pending.add(b);
        }
        if (writer.size() == 0) {
            return;
        }
        ByteBuf out = channel.alloc().ioBuffer(writer.size());
        writer.drainTo(out);
        channel.writeAndFlush(out, channel.voidPromise());
    }

    private void startSweep() {
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), timeoutNanos / 10);
        sweep = channel.eventLoop().scheduleAtFixedRate(this::failExpired, period, period, TimeUnit.NANOSECONDS);
    }

    /** Fails the batches waiting longer than the timeout; they stay queued for their late replies. */
    private void failExpired() {
        long now = System.nanoTime();
        for (RespBatch b : pending) {
            if (now - b.startNanos < timeoutNanos) {
                return;
            }
            b.fail("no reply within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
        }
    }

    private void failQueued(RespBatch first, String reason) {
        for (RespBatch b = first; b != null; b = outgoing.poll()) {
            b.fail(reason);
        }
    }

    private void closed(String reason) {
        if (closedReason == null) {
            closedReason = reason;
        }
        if (sweep != null) {
            sweep.cancel(false);
        }
        for (RespBatch b; (b = pending.poll()) != null; ) {
            b.fail(closedReason);
        }
        failQueued(outgoing.poll(), closedReason);
    }

    @Override
    public boolean broken() {
        return closedReason != null;
    }

    @Override
    public void close() {
        channel.close();
    }

    /** Matches each reply to the oldest pending batch. */
    private final class ReplyHandler extends ByteToMessageDecoder {

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            while (in.isReadable()) {
                RespBatch head = pending.peek();
                if (head == null) {
                    throw new IllegalStateException("reply without a pending command");
                }
                int start = in.readerIndex();
                Object reply = head.keepReplies ? RespReplyParser.parse(in) : RespReplyParser.skip(in);
                if (reply == RespReplyParser.INCOMPLETE) {
                    in.readerIndex(start);
                    return;
                }
                if (head.reply(reply)) {
                    pending.poll();
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            closed("connection closed");
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            closed("connection failed: " + RedisAction.message(cause));
            ctx.close();
        }
    }
}

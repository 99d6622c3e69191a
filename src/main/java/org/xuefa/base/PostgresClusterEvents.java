package org.xuefa.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@link ClusterEvents} across nodes through PostgreSQL {@code LISTEN}/{@code NOTIFY} on one database channel,
 * {@value #PG_CHANNEL}, carrying {@code channel|payload}. Each node keeps two connections of its own, outside the
 * pool: one listens (a daemon thread waits on the driver's {@link PGConnection#getNotifications(int)} and checks
 * the connection with a {@code select 1} whenever it has waited {@value #POLL_MILLIS} ms for nothing), one sends
 * what {@link #publish} queued ({@code select pg_notify(?, ?)}), in order, so that a committing request never
 * waits for a second pooled connection. Either reconnects after a failure with a doubling pause (up to 30 s); the
 * sender then resends the event it was sending, and the listener, once back, has every subscriber re-read its
 * state ({@link Subscriber#resync()}). When the outbox is full an event is dropped and every node resyncs later.
 */
@Component
@ConditionalOnProperty(name = ClusterMode.PROPERTY, havingValue = "true")
class PostgresClusterEvents implements ClusterEvents, SmartLifecycle {
    static final String PG_CHANNEL = "xuefa_events";
    static final int POLL_MILLIS = 5_000;
    private static final String RESYNC_ALL = "!resync";
    private static final long FIRST_PAUSE_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 30_000;
    private static final int OUTBOX = 10_000;
    private static final Logger log = LoggerFactory.getLogger(PostgresClusterEvents.class);

    private final String url;
    private final Properties credentials = new Properties();
    private final ClusterSubscribers subscribers = new ClusterSubscribers();
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>(OUTBOX);
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean listening;

    PostgresClusterEvents(DataSourceProperties dataSource) {
        this.url = dataSource.determineUrl();
        credentials.setProperty("user", dataSource.determineUsername());
        String password = dataSource.determinePassword();
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    @Override
    public void publish(String channel, String payload) {
        String message = ClusterSubscribers.encode(channel, payload);
        if (!outbox.offer(message) && overflowed.compareAndSet(false, true)) {
            log.warn("Cluster events: the outbox is full ({} events); screens will re-read their state", OUTBOX);
        }
    }

    @Override
    public Runnable subscribe(String channel, Subscriber subscriber) {
        return subscribers.add(channel, subscriber);
    }

    /** Whether the listening connection is up (for tests and logs). */
    boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        threads.add(daemon("xuefa-cluster-listen", this::listen));
        threads.add(daemon("xuefa-cluster-notify", this::send));
    }

    @Override
    public synchronized void stop() {
        running = false;
        connections.forEach(PostgresClusterEvents::closeQuietly);
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long pause = FIRST_PAUSE_MILLIS;
        boolean missed = false;
        while (running) {
            try (Connection c = connect("xuefa-cluster-listen"); Statement st = c.createStatement()) {
                st.execute("LISTEN " + PG_CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                pause = FIRST_PAUSE_MILLIS;
                if (missed) {
                    log.info("Cluster events: listening again; live screens re-read their state");
                    subscribers.resyncAll();
                    missed = false;
                }
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received == null || received.length == 0) {
                        st.execute("select 1");
                        continue;
                    }
                    for (PGNotification n : received) {
                        receive(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                missed = true;
                log.warn("Cluster events: listening failed ({}); retrying in {} ms", e.getMessage(), pause);
                pause = pause(pause);
            } finally {
                listening = false;
            }
        }
    }

    private void receive(String message) {
        if (RESYNC_ALL.equals(message)) {
            subscribers.resyncAll();
        } else {
            subscribers.dispatch(message);
        }
    }

    private void send() {
        long pause = FIRST_PAUSE_MILLIS;
        String pending = null;
        while (running) {
            try (Connection c = connect("xuefa-cluster-notify");
                    PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
                pause = FIRST_PAUSE_MILLIS;
                while (running) {
                    if (pending == null) {
                        pending = outbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    }
                    if (pending == null && overflowed.getAndSet(false)) {
                        pending = RESYNC_ALL;
                    }
                    if (pending != null) {
                        notify.setString(1, PG_CHANNEL);
                        notify.setString(2, pending);
                        try (ResultSet ignored = notify.executeQuery()) {
                            pending = null;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Cluster events: sending failed ({}); retrying in {} ms", e.getMessage(), pause);
                pause = pause(pause);
            }
        }
    }

    /** A connection of its own, outside the pool, named in pg_stat_activity. */
    private Connection connect(String name) throws SQLException {
        connections.removeIf(PostgresClusterEvents::isClosed);
        Properties properties = new Properties();
        properties.putAll(credentials);
        properties.setProperty("ApplicationName", name);
        Connection c = DriverManager.getConnection(url, properties);
        c.setAutoCommit(true);
        connections.add(c);
        return c;
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private long pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(millis * 2, MAX_PAUSE_MILLIS);
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            log.debug("Closing a cluster connection failed", e);
        }
    }
}

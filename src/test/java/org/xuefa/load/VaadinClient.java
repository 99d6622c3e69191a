package org.xuefa.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of Xuefa, spoken over real HTTP the way Vaadin Flow's client does it: the Spring Security form
 * sign-in, the bootstrap request ({@code ?v-r=init}) that creates the UI and hands out its CSRF token
 * ({@code Vaadin-Security-Key}), then UIDL requests ({@code ?v-r=uidl}) carrying RPC invocations (events, property
 * syncs, navigation) with the client and server sync ids. The server's answers are applied to a copy of the state
 * tree (node → tag, properties, attributes, children, text, listeners), so a test finds a component by its element
 * id and reads what the page shows.
 * <p>
 * Push: the UI's push configuration says {@code alwaysXhrToServer}, so every message to the server is an HTTP
 * request and its answer carries the changes it caused. What the server pushes on its own (the projector's count, the
 * bell) travels over a WebSocket this client does not open; it re-reads such state by navigating again.
 * <p>
 * Not thread-safe: one client is one user's tab, used by one thread at a time. Clients share an {@link HttpClient}
 * (its connection pool); each keeps its own cookies.
 */
public final class VaadinClient {
    /** Raised for anything a browser user would see as a failure: an HTTP error, an error page, a lost session. */
    public static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A node of the UI's state tree as far as the client has been told about it. */
    public static final class Node {
        final int id;
        String tag = "";
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        public Optional<JsonNode> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String UIDL_PREFIX = "for(;;);";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** {@code -Dvaadin.client.debug=true} prints every UIDL request and the start of its answer. */
    private static final boolean DEBUG = Boolean.getBoolean("vaadin.client.debug");

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int requests;
    private long heartbeatMillis = 60_000;
    private long lastHeartbeat;

    public VaadinClient(HttpClient http, URI base) {
        this.http = http;
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
    }

    /** An HTTP/1.1 client for many {@link VaadinClient}s (no cookie handler of its own: each client keeps its own). */
    public static HttpClient sharedHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** How many HTTP requests this client has made. */
    public int requests() {
        return requests;
    }

    /** The session cookie's value, e.g. to see which node a balancer pinned the user to (its route suffix). */
    public String sessionCookie() {
        return cookies.getOrDefault("JSESSIONID", "");
    }

    // ------------------------------------------------------------------------------------------------ sign-in

    /** Signs in through the login form, as the browser's form post does; fails when the server refuses. */
    public void signIn(String username, String password) {
        HttpResponse<String> page = send(get("login"));
        Matcher csrf = CSRF_META.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new Failure("no login page (HTTP " + page.statusCode() + ")");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> posted = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new Failure("sign-in of " + username + " refused: HTTP " + posted.statusCode() + " → " + location);
        }
    }

    // ------------------------------------------------------------------------------------------ UI and views

    /**
     * Loads a page as a browser does on a fresh address: the HTML page, the bootstrap request that creates a new
     * UI, then the navigation to the route. The state tree starts again.
     */
    public void open(String route) {
        HttpResponse<String> page = send(get(route));
        if (page.statusCode() != 200) {
            throw new Failure("GET /" + route + ": HTTP " + page.statusCode());
        }
        HttpResponse<String> init = send(get("?v-r=init&location=" + enc(route) + "&query="));
        JsonNode config = parse(init, "init of /" + route).path("appConfig");
        if (config.isMissingNode() || !config.has("v-uiId")) {
            throw new Failure("init of /" + route + " gave no UI (HTTP " + init.statusCode() + "): "
                    + abbreviate(init.body()));
        }
        nodes.clear();
        uiId = config.get("v-uiId").asInt();
        heartbeatMillis = config.path("heartbeatInterval").asLong(60) * 1000;
        lastHeartbeat = System.currentTimeMillis();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        syncId = 0;
        clientId = 0;
        apply(uidl);
        navigate(route);
    }

    /**
     * Waits as a user reading the page does, while the tab sends Vaadin's heartbeat every heartbeat interval (a UI
     * that misses three is closed by the server, as {@code vaadin.closeIdleSessions} wants).
     */
    public void pause(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            long now = System.currentTimeMillis();
            long nextBeat = lastHeartbeat + heartbeatMillis;
            if (uiId >= 0 && nextBeat <= now) {
                heartbeat();
                continue;
            }
            long wake = uiId >= 0 ? Math.min(end, nextBeat) : end;
            if (wake <= now) {
                return;
            }
            Thread.sleep(wake - now);
            if (wake == end) {
                return;
            }
        }
    }

    /** One heartbeat request, as the browser sends it: POST ?v-r=heartbeat with no body. */
    public void heartbeat() {
        lastHeartbeat = System.currentTimeMillis();
        HttpResponse<String> r = send(request("?v-r=heartbeat&v-uiId=" + uiId)
                .header("Content-Type", "text/plain;charset=utf-8").POST(HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 200) {
            throw new Failure("heartbeat: HTTP " + r.statusCode());
        }
    }

    /** Navigates within the UI (a router link, the address bar of a single-page app). */
    public void navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        event(1, "ui-navigate", data);
    }

    /** Clicks the component with the element id (a button, a menu item). */
    public void click(String elementId) {
        Node node = require(elementId);
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        data.put("event.detail", 1);
        for (String key : List.of("event.clientX", "event.clientY", "event.screenX", "event.screenY", "event.button")) {
            data.put(key, 0);
        }
        event(node.id, "click", data);
    }

    /**
     * Confirms an open confirm dialog (its confirm button). As the web component does, the confirm event goes with
     * the dialog's closing: an {@code opened-changed} event that passes its filter
     * ({@code event.detail.value === false}). Without it the server keeps the modal dialog open and ignores every
     * later event outside it (its "inert" rule for modal components).
     */
    public void confirm(String dialogId) {
        Node dialog = require(dialogId);
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode confirm = rpc.addObject();
        confirm.put("type", "event");
        confirm.put("node", dialog.id);
        confirm.put("event", "confirm");
        confirm.set("data", JSON.createObjectNode());
        if (dialog.listeners.containsKey("opened-changed")) {
            ObjectNode closed = rpc.addObject();
            closed.put("type", "event");
            closed.put("node", dialog.id);
            closed.put("event", "opened-changed");
            closed.putObject("data").put("event.detail.value === false", true);
        }
        uidl(rpc);
    }

    /**
     * Sets a field's value as the user's input does: the value property is synchronised and the value-changed
     * event fired in one request. For a radio group the value is the chosen item's key; for a checkbox group an
     * array of keys.
     */
    public void setValue(String elementId, JsonNode value) {
        Node node = require(elementId);
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.set("value", value);
        ObjectNode changed = rpc.addObject();
        changed.put("type", "event");
        changed.put("node", node.id);
        changed.put("event", "value-changed");
        changed.set("data", JSON.createObjectNode());
        uidl(rpc);
    }

    /** The item keys of a radio or checkbox group (the {@code value} properties of its items). */
    public List<String> itemKeys(String groupId) {
        List<String> keys = new ArrayList<>();
        for (Integer child : require(groupId).children) {
            Node item = nodes.get(child);
            if (item != null && item.properties.containsKey("value")) {
                keys.add(item.properties.get("value").asText());
            }
        }
        return keys;
    }

    /**
     * Uploads a file through a {@code vaadin-upload} as its web component does: a multipart POST (field
     * {@code file}) to the upload target the server gave the element. The changes the upload caused reach this
     * client with its next UIDL request.
     */
    public void upload(String uploadId, String fileName, String contentType, byte[] bytes) {
        Node upload = require(uploadId);
        String target = upload.properties.containsKey("target") ? upload.properties.get("target").asText()
                : upload.attributes.getOrDefault("target", "");
        if (target.isBlank()) {
            throw new Failure("#" + uploadId + " has no upload target: " + upload.attributes + " " + upload.properties);
        }
        String boundary = "----xuefa" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        HttpResponse<String> r = send(request(target)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        if (r.statusCode() != 200) {
            throw new Failure("upload to #" + uploadId + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
    }

    /** Downloads a link of the page (an href) with this client's session; the body, or a failure. */
    public byte[] download(String href) {
        HttpResponse<byte[]> r = send(request(href).GET(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new Failure("GET " + href + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** The links (href attributes) on the page that contain the text. */
    public List<String> hrefsContaining(String part) {
        return nodes.values().stream().map(n -> n.attributes.get("href")).filter(h -> h != null && h.contains(part))
                .sorted().toList();
    }

    /** The newest node whose element id is the given one. */
    public Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes.get("id")))
                .max(Comparator.comparingInt(n -> n.id));
    }

    /** The element ids on the page that start with the prefix, e.g. the rows' buttons "exam-open-…". */
    public List<String> idsStartingWith(String prefix) {
        return nodes.values().stream().map(n -> n.attributes.get("id")).filter(i -> i != null && i.startsWith(prefix))
                .sorted().toList();
    }

    public boolean has(String elementId) {
        return byId(elementId).isPresent();
    }

    public Node require(String elementId) {
        return byId(elementId).orElseThrow(() -> new Failure("no element #" + elementId + " on the page"));
    }

    /** The text the element shows: its text nodes, depth first, joined by spaces. */
    public String text(String elementId) {
        StringBuilder out = new StringBuilder();
        collectText(require(elementId), out, 0);
        return out.toString().trim();
    }

    private void collectText(Node node, StringBuilder out, int depth) {
        if (node.text != null) {
            out.append(node.text).append(' ');
        }
        if (depth > 50) {
            return;
        }
        for (Integer child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collectText(c, out, depth + 1);
            }
        }
    }

    // -------------------------------------------------------------------------------------------- protocol

    private void event(int node, String event, JsonNode data) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode e = rpc.addObject();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", event);
        e.set("data", data);
        uidl(rpc);
    }

    private void uidl(ArrayNode rpc) {
        if (uiId < 0) {
            throw new IllegalStateException("no UI yet: open a page first");
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        JsonNode answer = parse(response, "UIDL request");
        if (DEBUG) {
            System.out.println(">> " + message + "\n<< " + abbreviate(response.body(), 400000));
        }
        JsonNode meta = answer.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new Failure("session expired");
        }
        if (meta.has("appError")) {
            throw new Failure("application error: " + meta.get("appError"));
        }
        apply(answer);
    }

    private JsonNode parse(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new Failure(what + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        String body = response.body();
        try {
            if (body.startsWith(UIDL_PREFIX)) {
                JsonNode array = JSON.readTree(body.substring(UIDL_PREFIX.length()));
                return array.isArray() && !array.isEmpty() ? array.get(0) : array;
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new Failure(what + ": not a Vaadin answer: " + abbreviate(body), e);
        }
    }

    /** Applies a server message's changes to the state tree; remembers the ids the next request must carry. */
    void apply(JsonNode message) {
        for (JsonNode change : message.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.path("key").asText(), change);
                case "remove" -> remove(node, feature, change.path("key").asText());
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == 2) {
                        node.children.clear();
                    } else if (feature == 11) {
                        node.classes.clear();
                    }
                }
                default -> {
                    // "attach" only announces the node
                }
            }
        }
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
    }

    // feature numbers of Flow's NodeFeatureRegistry: 0 element data, 1 properties, 2 children, 3 attributes,
    // 4 listeners, 7 text, 11 class list
    private static void put(Node node, int feature, String key, JsonNode change) {
        JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
        switch (feature) {
            case 0 -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case 1 -> node.properties.put(key, value);
            // a resource attribute (an upload target, a download link) comes as {"uri": ...}
            case 3 -> node.attributes.put(key, value.isObject() && value.has("uri") ? value.get("uri").asText()
                    : value.asText());
            case 4 -> node.listeners.put(key, value.asText());
            case 7 -> node.text = value.asText();
            default -> {
            }
        }
    }

    private static void remove(Node node, int feature, String key) {
        switch (feature) {
            case 1 -> node.properties.remove(key);
            case 3 -> node.attributes.remove(key);
            case 4 -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int removeCount = change.path("remove").asInt(0);
        if (feature == 2) {
            for (int i = 0; i < removeCount && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(n -> added.add(n.asInt()));
            node.children.addAll(Math.min(index, node.children.size()), added);
        } else if (feature == 11) {
            for (int i = 0; i < removeCount && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            List<String> added = new ArrayList<>();
            change.path("add").forEach(n -> added.add(n.asText()));
            node.classes.addAll(Math.min(index, node.classes.size()), added);
        }
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", header.toString());
        }
        return b;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends with this client's cookies and keeps the cookies the answer sets. */
    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = builder.build();
        requests++;
        try {
            HttpResponse<T> response = http.send(request, body);
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        } catch (IOException e) {
            throw new Failure(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 300);
    }

    private static String abbreviate(String s, int max) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() > max ? flat.substring(0, max) + "…" : flat;
    }

    /** Builds a JSON value for {@link #setValue}: a string key, or an array of keys. */
    public static JsonNode keys(List<String> keys) {
        ArrayNode array = JSON.createArrayNode();
        keys.forEach(array::add);
        return array;
    }

    public static JsonNode key(String key) {
        return JSON.getNodeFactory().textNode(key);
    }
}

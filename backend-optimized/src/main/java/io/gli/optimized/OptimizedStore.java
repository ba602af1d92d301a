package io.gli.optimized;

import io.gli.Edge;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import io.gli.spi.GraphStore;
import io.gli.spi.ObjectSizes;
import io.gli.spi.StoreColumn;
import io.gli.spi.Synchronizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;

/**
 * The optimized store: no object per node or per edge.
 *
 * <ul>
 *   <li>Nodes are dense int indices in insertion order, interned by {@link NodeIndex}.
 *   <li>Edges are dense int IDs in insertion order: {@code source.get(e)}, {@code target.get(e)}
 *       (node indices in {@link ChunkedInts}; a dead edge has source -1) and, once any edge has
 *       attributes, {@code edgeSet[e]}.
 *   <li>Each node has a list of its out-edge IDs and, on a directed graph, of its in-edge IDs, kept
 *       in the {@link AdjacencyPool}; {@code outHead[n]} and {@code inHead[n]} locate them. An
 *       undirected edge is listed once at each endpoint (once in all for a self-loop).
 *   <li>Attributes are content-addressed sets ({@link AttributeSets}); a node or edge holds a
 *       4-byte set ID, allocated only once some element has attributes.
 *   <li>Finding an edge scans the shorter of the source's out-list and the target's in-list, so a
 *       hub with a million leaves costs one step from the leaf's side.
 *   <li>Removal marks indices dead; when dead nodes or edges outnumber live ones the arrays are
 *       compacted, renumbering in order, so a graph that shrinks gives its memory back.
 * </ul>
 *
 * <p>Bytes per element (arrays grow by a quarter, so add about a tenth for spare capacity): a node
 * costs its ID bytes plus about 4 (start offset) + 5 to 10 (hash table) + 8 (list heads) + 4 (set
 * ID, once attributes exist) and a bit; an edge 8 (endpoints) + at most 8 in lists (nothing for a
 * node's only edge in a direction, which lives in the head; a list of two is a headerless pair) +
 * its share of block headers and spare capacity + 4 (set ID, once attributes exist).
 */
final class OptimizedStore implements GraphStore {
    /**
     * Size hints above this are not pre-allocated: a hint must not exhaust memory before any
     * insert.
     */
    private static final int MAX_PRESIZE = 1 << 26;

    /**
     * What pre-sizing allocates per expected node (ID arena 8, start 4, hash table up to 10, list
     * heads 8) and per expected edge (endpoints 8), in bytes. The adjacency pool allocates nothing
     * in advance: its segments come as lists fill, and the hint only makes the first ones
     * full-size.
     */
    private static final int PRESIZED_BYTES_PER_NODE = 30;

    private static final int PRESIZED_BYTES_PER_EDGE = 8;

    /** Compaction waits for at least this many dead elements, so small graphs never churn. */
    private static final int COMPACT_MIN_DEAD = 1024;

    private final boolean directed;
    private final Synchronizer synchronizer = new StampedSynchronizer();
    private final NodeIndex nodes;
    private final AdjacencyPool pool;
    private final AttributeSets sets = new AttributeSets();

    private int[] outHead;

    /** In-lists; null on an undirected graph, where out-lists hold every incident edge. */
    private int[] inHead;

    /** Node attribute set IDs; null until some node has attributes. */
    private int[] nodeSet;

    /** Edge endpoints (node indices; -1 for a dead edge), in chunks: growth copies nothing. */
    private ChunkedInts source;

    private ChunkedInts target;

    /** Edge attribute set IDs; null until some edge has attributes. */
    private int[] edgeSet;

    private int edgeSlots;
    private int liveEdges;

    OptimizedStore(GraphOptions options) {
        this.directed = options.directed();
        int expectedNodes = presize(options.expectedNodes(), PRESIZED_BYTES_PER_NODE);
        int expectedEdges = presize(options.expectedEdges(), PRESIZED_BYTES_PER_EDGE);
        nodes = new NodeIndex(expectedNodes);
        pool = new AdjacencyPool(2 * expectedEdges);
        int nodeCapacity = Math.max(16, expectedNodes);
        outHead = new int[nodeCapacity];
        inHead = directed ? new int[nodeCapacity] : null;
        int edgeCapacity = Math.max(16, expectedEdges);
        source = new ChunkedInts(edgeCapacity);
        target = new ChunkedInts(edgeCapacity);
    }

    /**
     * The count to pre-size for: the hint, but never more than {@link #MAX_PRESIZE} nor than would
     * take a fifth of the maximum heap, so that outsized hints for both nodes and edges (say {@code
     * Long.MAX_VALUE}) still leave more than half of the heap free. (A fifth, not less: 50 million
     * edges in a 4 GB heap must still be pre-sized, since growing arrays that large fragments G1's
     * heap with humongous regions until an allocation fails.)
     */
    private static int presize(long hint, int bytesPerElement) {
        long heapShare = Runtime.getRuntime().maxMemory() / 5 / bytesPerElement;
        return (int) Math.min(hint, Math.min(MAX_PRESIZE, heapShare));
    }

    @Override
    public Synchronizer synchronizer() {
        return synchronizer;
    }

    /** Growth by a quarter: amortized O(1), about a tenth of an array idle on average. */
    private static int grow(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 8, length + (length >> 2) + 16L);
    }

    /**
     * Every array at its full length (spare capacity included). Attribute sets are shared by nodes
     * and edges alike, so the attribute store is split between the two in proportion to how many
     * nodes and edges hold a set; a store no element uses yet counts as overhead.
     */
    @Override
    public Map<MemoryProfile.Category, Long> footprint() {
        Map<MemoryProfile.Category, Long> parts = new EnumMap<>(MemoryProfile.Category.class);
        parts.put(MemoryProfile.Category.IDS, nodes.idBytes());
        parts.put(MemoryProfile.Category.INDEXES, nodes.indexBytes());
        parts.put(MemoryProfile.Category.NODES, ObjectSizes.of(outHead) + ObjectSizes.of(inHead));
        parts.put(
                MemoryProfile.Category.ADJACENCY,
                pool.footprintBytes() + source.footprintBytes() + target.footprintBytes());
        long store = sets.footprintBytes();
        long nodeHolders = holders(nodeSet, nodes.slots());
        long edgeHolders = holders(edgeSet, edgeSlots);
        long overhead =
                ObjectSizes.instance(OptimizedStore.class)
                        + ObjectSizes.instance(StampedSynchronizer.class)
                        + ObjectSizes.instance(StampedLock.class);
        long nodeShare = 0;
        long edgeShare = 0;
        if (nodeHolders + edgeHolders == 0) {
            overhead += store;
        } else {
            nodeShare = store * nodeHolders / (nodeHolders + edgeHolders);
            edgeShare = store - nodeShare;
        }
        parts.put(MemoryProfile.Category.NODE_ATTRIBUTES, ObjectSizes.of(nodeSet) + nodeShare);
        parts.put(MemoryProfile.Category.EDGE_ATTRIBUTES, ObjectSizes.of(edgeSet) + edgeShare);
        parts.put(MemoryProfile.Category.OVERHEAD, overhead);
        return parts;
    }

    private static long holders(int[] setIds, int count) {
        long holders = 0;
        if (setIds != null) {
            for (int i = 0; i < count; i++) {
                if (setIds[i] != AttributeSets.EMPTY) {
                    holders++;
                }
            }
        }
        return holders;
    }

    // ---- nodes

    @Override
    public int nodeCount() {
        return nodes.size();
    }

    @Override
    public void reserve(int additionalNodes, int additionalEdges) {
        int moreNodes = Math.min(MAX_PRESIZE, additionalNodes);
        int moreEdges = Math.min(MAX_PRESIZE, additionalEdges);
        nodes.reserve(moreNodes);
        int nodeCapacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) nodes.slots() + moreNodes);
        if (nodeCapacity > outHead.length) {
            // At least the usual growth step: many small batches must not copy the arrays each
            // time.
            nodeCapacity = Math.max(nodeCapacity, grow(outHead.length));
            outHead = Arrays.copyOf(outHead, nodeCapacity);
            if (inHead != null) {
                inHead = Arrays.copyOf(inHead, nodeCapacity);
            }
            if (nodeSet != null) {
                nodeSet = Arrays.copyOf(nodeSet, nodeCapacity);
            }
        }
        int edgeCapacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) edgeSlots + moreEdges);
        source.ensureCapacity(edgeCapacity);
        target.ensureCapacity(edgeCapacity);
        if (edgeSet != null && edgeCapacity > edgeSet.length) {
            edgeSet = Arrays.copyOf(edgeSet, edgeCapacity);
        }
    }

    @Override
    public boolean containsNode(String id) {
        return nodes.find(id) >= 0;
    }

    @Override
    public void addNode(String id, Map<String, Object> attributes) {
        initNode(nodes.add(id), attributes);
    }

    @Override
    public boolean addNodeIfAbsent(String id, Map<String, Object> attributes) {
        int n = nodes.addIfAbsent(id);
        if (n < 0) {
            return false;
        }
        initNode(n, attributes);
        return true;
    }

    /** Gives a new node index its empty lists and its attributes. */
    private void initNode(int n, Map<String, Object> attributes) {
        if (n >= outHead.length) {
            int grown = grow(outHead.length);
            outHead = Arrays.copyOf(outHead, grown);
            if (inHead != null) {
                inHead = Arrays.copyOf(inHead, grown);
            }
            if (nodeSet != null) {
                nodeSet = Arrays.copyOf(nodeSet, grown);
            }
        }
        outHead[n] = 0;
        if (inHead != null) {
            inHead[n] = 0;
        }
        if (nodeSet != null) {
            nodeSet[n] = AttributeSets.EMPTY;
        }
        if (!attributes.isEmpty()) {
            setNodeSet(n, sets.intern(attributes));
        }
    }

    private int nodeSetOf(int n) {
        return nodeSet == null ? AttributeSets.EMPTY : nodeSet[n];
    }

    private void setNodeSet(int n, int set) {
        if (nodeSet == null) {
            if (set == AttributeSets.EMPTY) {
                return;
            }
            nodeSet = new int[outHead.length];
        }
        nodeSet[n] = set;
    }

    @Override
    public void removeNode(String id) {
        int n = nodes.find(id);
        if (directed) {
            int out = outHead[n];
            for (int i = pool.size(out) - 1; i >= 0; i--) {
                int e = pool.get(out, i);
                int t = target.get(e);
                if (t != n) {
                    inHead[t] = pool.remove(inHead[t], e);
                }
                killEdge(e);
            }
            int in = inHead[n];
            for (int i = pool.size(in) - 1; i >= 0; i--) {
                int e = pool.get(in, i);
                int s = source.get(e);
                if (s >= 0) { // a self-loop died with the out-list
                    outHead[s] = pool.remove(outHead[s], e);
                    killEdge(e);
                }
            }
            pool.clear(in);
            inHead[n] = 0;
        } else {
            int list = outHead[n];
            for (int i = pool.size(list) - 1; i >= 0; i--) {
                int e = pool.get(list, i);
                int s = source.get(e);
                int other = s == n ? target.get(e) : s;
                if (other != n) {
                    outHead[other] = pool.remove(outHead[other], e);
                }
                killEdge(e);
            }
        }
        pool.clear(outHead[n]);
        outHead[n] = 0;
        sets.release(nodeSetOf(n));
        setNodeSet(n, AttributeSets.EMPTY);
        nodes.remove(n);
        maybeCompact();
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        int n = nodes.find(id);
        return n < 0 ? null : sets.toMap(nodeSetOf(n));
    }

    @Override
    public Object nodeAttribute(String id, String key) {
        int n = nodes.find(id);
        return n < 0 ? null : sets.value(nodeSetOf(n), key);
    }

    @Override
    public Object nodeValue(String id, String key, Object missingNode) {
        int n = nodes.find(id);
        return n < 0 ? missingNode : sets.value(nodeSetOf(n), key);
    }

    @Override
    public long nodeLong(String id, String key, long otherwise) {
        int n = nodes.find(id);
        return n < 0 ? otherwise : sets.longValue(nodeSetOf(n), key, otherwise);
    }

    @Override
    public void putNodeAttributes(String id, Map<String, Object> attributes) {
        int n = nodes.find(id);
        int old = nodeSetOf(n);
        setNodeSet(n, sets.withAll(old, attributes));
        sets.release(old);
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        int n = nodes.find(id);
        int old = nodeSetOf(n);
        if (sets.value(old, key) == null) {
            return false;
        }
        setNodeSet(n, sets.without(old, key));
        sets.release(old);
        return true;
    }

    @Override
    public List<String> nodes() {
        if (nodes.deadCount() == 0) {
            return nodes.ids(null, nodes.slots()); // every index is live: no index array to copy
        }
        int[] live = new int[nodes.size()];
        int k = 0;
        for (int n = 0, slots = nodes.slots(); n < slots; n++) {
            if (nodes.isLive(n)) {
                live[k++] = n;
            }
        }
        return nodes.ids(live, k);
    }

    @Override
    public void forEachNode(Consumer<? super Node> action) {
        for (int n = 0, slots = nodes.slots(); n < slots; n++) {
            if (nodes.isLive(n)) {
                action.accept(new Node(nodes.id(n), sets.toMap(nodeSetOf(n))));
            }
        }
    }

    // ---- edges

    @Override
    public int edgeCount() {
        return liveEdges;
    }

    /** The ID of the edge between two live node indices, or -1. */
    private int findEdge(int s, int t) {
        if (directed) {
            int out = outHead[s];
            int in = inHead[t];
            int outSize = checkedSize(out);
            int inSize = checkedSize(in);
            if (outSize <= inSize) {
                for (int i = 0; i < outSize; i++) {
                    int e = pool.get(out, i);
                    if (target.get(e) == t) {
                        return e;
                    }
                }
            } else {
                for (int i = 0; i < inSize; i++) {
                    int e = pool.get(in, i);
                    if (source.get(e) == s) {
                        return e;
                    }
                }
            }
            return -1;
        }
        int fromSource = outHead[s];
        int fromTarget = outHead[t];
        int sourceSize = checkedSize(fromSource);
        int targetSize = checkedSize(fromTarget);
        int shorter = sourceSize <= targetSize ? fromSource : fromTarget;
        for (int i = 0, size = Math.min(sourceSize, targetSize); i < size; i++) {
            int e = pool.get(shorter, i);
            int from = source.get(e);
            int to = target.get(e);
            if (from == s && to == t || from == t && to == s) {
                return e;
            }
        }
        return -1;
    }

    /**
     * A list's size, refused if it cannot be right: under an optimistic read a torn head could name
     * any size, and a loop or allocation must never trust it.
     */
    private int checkedSize(int head) {
        return pool.checkedSize(head);
    }

    private int edgeBetween(String sourceId, String targetId) {
        int s = nodes.find(sourceId);
        if (s < 0) {
            return -1;
        }
        int t = nodes.find(targetId);
        return t < 0 ? -1 : findEdge(s, t);
    }

    @Override
    public boolean containsEdge(String sourceId, String targetId) {
        return edgeBetween(sourceId, targetId) >= 0;
    }

    @Override
    public void addEdge(String sourceId, String targetId, Map<String, Object> attributes) {
        appendEdge(nodes.find(sourceId), nodes.find(targetId), attributes);
    }

    @Override
    public int addEdgeIfAbsent(String sourceId, String targetId, Map<String, Object> attributes) {
        int s = nodes.find(sourceId);
        if (s < 0) {
            return SOURCE_MISSING;
        }
        int t = nodes.find(targetId);
        if (t < 0) {
            return TARGET_MISSING;
        }
        if (findEdge(s, t) >= 0) {
            return EDGE_EXISTS;
        }
        appendEdge(s, t, attributes);
        return EDGE_ADDED;
    }

    /** Appends a new edge between two live node indices. */
    private void appendEdge(int s, int t, Map<String, Object> attributes) {
        int e = edgeSlots;
        if (e == source.capacity()) {
            source.ensureCapacity(e + 1);
            target.ensureCapacity(e + 1);
        }
        if (edgeSet != null && e == edgeSet.length) {
            edgeSet = Arrays.copyOf(edgeSet, grow(edgeSet.length));
        }
        source.set(e, s);
        target.set(e, t);
        edgeSlots++;
        liveEdges++;
        outHead[s] = pool.append(outHead[s], e);
        if (directed) {
            inHead[t] = pool.append(inHead[t], e);
        } else if (s != t) {
            outHead[t] = pool.append(outHead[t], e);
        }
        if (edgeSet != null) {
            edgeSet[e] = AttributeSets.EMPTY;
        }
        if (!attributes.isEmpty()) {
            setEdgeSet(e, sets.intern(attributes));
        }
    }

    private int edgeSetOf(int e) {
        return edgeSet == null ? AttributeSets.EMPTY : edgeSet[e];
    }

    private void setEdgeSet(int e, int set) {
        if (edgeSet == null) {
            if (set == AttributeSets.EMPTY) {
                return;
            }
            edgeSet = new int[source.capacity()];
        }
        edgeSet[e] = set;
    }

    @Override
    public void removeEdge(String sourceId, String targetId) {
        int e = edgeBetween(sourceId, targetId);
        int s = source.get(e);
        int t = target.get(e);
        outHead[s] = pool.remove(outHead[s], e);
        if (directed) {
            inHead[t] = pool.remove(inHead[t], e);
        } else if (s != t) {
            outHead[t] = pool.remove(outHead[t], e);
        }
        killEdge(e);
        maybeCompact();
    }

    /** Marks an edge dead once it is out of every list; its ID is reclaimed by compaction. */
    private void killEdge(int e) {
        source.set(e, -1);
        target.set(e, -1);
        sets.release(edgeSetOf(e));
        setEdgeSet(e, AttributeSets.EMPTY);
        liveEdges--;
    }

    @Override
    public Map<String, Object> edgeAttributes(String sourceId, String targetId) {
        int e = edgeBetween(sourceId, targetId);
        return e < 0 ? null : sets.toMap(edgeSetOf(e));
    }

    @Override
    public Object edgeAttribute(String sourceId, String targetId, String key) {
        int e = edgeBetween(sourceId, targetId);
        return e < 0 ? null : sets.value(edgeSetOf(e), key);
    }

    @Override
    public Object edgeValue(String sourceId, String targetId, String key, Object missingEdge) {
        int e = edgeBetween(sourceId, targetId);
        return e < 0 ? missingEdge : sets.value(edgeSetOf(e), key);
    }

    @Override
    public long edgeLong(String sourceId, String targetId, String key, long otherwise) {
        int e = edgeBetween(sourceId, targetId);
        return e < 0 ? otherwise : sets.longValue(edgeSetOf(e), key, otherwise);
    }

    @Override
    public void putEdgeAttributes(
            String sourceId, String targetId, Map<String, Object> attributes) {
        int e = edgeBetween(sourceId, targetId);
        int old = edgeSetOf(e);
        setEdgeSet(e, sets.withAll(old, attributes));
        sets.release(old);
    }

    @Override
    public boolean removeEdgeAttribute(String sourceId, String targetId, String key) {
        int e = edgeBetween(sourceId, targetId);
        int old = edgeSetOf(e);
        if (sets.value(old, key) == null) {
            return false;
        }
        setEdgeSet(e, sets.without(old, key));
        sets.release(old);
        return true;
    }

    @Override
    public List<Edge> edges() {
        Edge[] all = new Edge[liveEdges];
        int k = 0;
        String[] names = new String[nodes.slots()];
        for (int e = 0; e < edgeSlots; e++) {
            int s = source.get(e);
            if (s >= 0) {
                all[k++] =
                        new Edge(
                                name(names, s),
                                name(names, target.get(e)),
                                sets.toMap(edgeSetOf(e)));
            }
        }
        return immutable(all);
    }

    /** The ID of a node, decoded once per snapshot. */
    private String name(String[] names, int n) {
        String id = names[n];
        if (id == null) {
            id = nodes.id(n);
            names[n] = id;
        }
        return id;
    }

    @Override
    public void forEachEdge(Consumer<? super Edge> action) {
        edges().forEach(action);
    }

    // ---- adjacency

    /** The other endpoint of each edge in the list at {@code head}, as IDs, in list order. */
    private List<String> endpoints(int head, int node, boolean sources) {
        int size = checkedSize(head);
        int[] others = new int[size];
        for (int i = 0; i < size; i++) {
            int e = pool.get(head, i);
            int other = sources ? source.get(e) : target.get(e);
            if (!directed && other == node) {
                other = sources ? target.get(e) : source.get(e);
            }
            others[i] = other;
        }
        return nodes.ids(others, size);
    }

    @Override
    public List<String> successors(String id) {
        int n = nodes.find(id);
        return n < 0 ? null : endpoints(outHead[n], n, false);
    }

    @Override
    public List<String> predecessors(String id) {
        int n = nodes.find(id);
        if (n < 0) {
            return null;
        }
        return directed ? endpoints(inHead[n], n, true) : endpoints(outHead[n], n, false);
    }

    @Override
    public List<String> neighbors(String id) {
        int n = nodes.find(id);
        if (n < 0) {
            return null;
        }
        if (!directed) {
            return endpoints(outHead[n], n, false);
        }
        int[] distinct = distinctNeighbors(n);
        return nodes.ids(distinct, distinct.length);
    }

    /** Successor indices, then predecessor indices not among them; for a directed graph. */
    private int[] distinctNeighbors(int n) {
        int out = outHead[n];
        int in = inHead[n];
        int outSize = checkedSize(out);
        int inSize = checkedSize(in);
        int[] result = new int[outSize + inSize];
        int k = 0;
        for (int i = 0; i < outSize; i++) {
            result[k++] = target.get(pool.get(out, i));
        }
        // Successors are distinct (one edge per ordered pair); only predecessors need checking,
        // against the successors: a sorted copy keeps that O((out + in) log out).
        int[] sortedSuccessors = Arrays.copyOf(result, outSize);
        Arrays.sort(sortedSuccessors);
        for (int i = 0; i < inSize; i++) {
            int p = source.get(pool.get(in, i));
            if (Arrays.binarySearch(sortedSuccessors, p) < 0) {
                result[k++] = p;
            }
        }
        return k == result.length ? result : Arrays.copyOf(result, k);
    }

    @Override
    public int outDegree(String id) {
        int n = nodes.find(id);
        return n < 0 ? -1 : pool.size(outHead[n]);
    }

    @Override
    public int inDegree(String id) {
        int n = nodes.find(id);
        return n < 0 ? -1 : pool.size(directed ? inHead[n] : outHead[n]);
    }

    @Override
    public int degree(String id) {
        int n = nodes.find(id);
        if (n < 0) {
            return -1;
        }
        return directed ? distinctNeighbors(n).length : pool.size(outHead[n]);
    }

    // ---- columns: views of the attribute storage, no value copied

    @Override
    public StoreColumn nodeColumn(String key) {
        int[] positions = null;
        if (nodes.deadCount() > 0) {
            positions = new int[nodes.size()];
            int k = 0;
            for (int n = 0, slots = nodes.slots(); n < slots; n++) {
                if (nodes.isLive(n)) {
                    positions[k++] = n;
                }
            }
        }
        return new OptimizedColumn(
                nodes.size(), positions, nodeSet, sets.reader(key), nodes::id, null);
    }

    @Override
    public StoreColumn edgeColumn(String key) {
        int[] positions = null;
        if (liveEdges < edgeSlots) {
            positions = liveEdgeIds();
        }
        return new OptimizedColumn(
                liveEdges,
                positions,
                edgeSet,
                sets.reader(key),
                e -> nodes.id(source.get(e)),
                e -> nodes.id(target.get(e)));
    }

    private int[] liveEdgeIds() {
        int[] live = new int[liveEdges];
        int k = 0;
        for (int e = 0; e < edgeSlots; e++) {
            if (source.get(e) >= 0) {
                live[k++] = e;
            }
        }
        return live;
    }

    @Override
    public void putNodeColumn(String key, Object[] values) {
        int i = 0;
        for (int n = 0, slots = nodes.slots(); n < slots; n++) {
            if (nodes.isLive(n)) {
                int old = nodeSetOf(n);
                setNodeSet(n, replaced(old, key, values[i++]));
                sets.release(old);
            }
        }
    }

    @Override
    public void putEdgeColumn(String key, Object[] values) {
        int i = 0;
        for (int e = 0; e < edgeSlots; e++) {
            if (source.get(e) >= 0) {
                int old = edgeSetOf(e);
                setEdgeSet(e, replaced(old, key, values[i++]));
                sets.release(old);
            }
        }
    }

    /**
     * {@code set} with {@code key} set to {@code value}, or removed if null; with one more
     * reference.
     */
    private int replaced(int set, String key, Object value) {
        return value == null ? sets.without(set, key) : sets.withAll(set, Map.of(key, value));
    }

    // ---- compaction

    /** Node indices in use, dead ones included; for tests of compaction. */
    int nodeSlots() {
        return nodes.slots();
    }

    /** Edge IDs in use, dead ones included; for tests of compaction. */
    int edgeSlots() {
        return edgeSlots;
    }

    private void maybeCompact() {
        int deadNodes = nodes.deadCount();
        if (deadNodes >= COMPACT_MIN_DEAD && deadNodes > nodes.size()) {
            compactNodes();
        }
        int deadEdges = edgeSlots - liveEdges;
        if (deadEdges >= COMPACT_MIN_DEAD && deadEdges > liveEdges) {
            compactEdges();
        }
    }

    private void compactNodes() {
        int slots = nodes.slots();
        int[] mapping = nodes.compact();
        int live = nodes.size();
        int capacity = Math.max(16, live + live / 8);
        int[] freshOut = new int[capacity];
        int[] freshIn = directed ? new int[capacity] : null;
        int[] freshSets = nodeSet == null ? null : new int[capacity];
        for (int n = 0; n < slots; n++) {
            int to = mapping[n];
            if (to >= 0) {
                freshOut[to] = outHead[n];
                if (freshIn != null) {
                    freshIn[to] = inHead[n];
                }
                if (freshSets != null) {
                    freshSets[to] = nodeSet[n];
                }
            }
        }
        outHead = freshOut;
        inHead = freshIn;
        nodeSet = freshSets;
        for (int e = 0; e < edgeSlots; e++) {
            int s = source.get(e);
            if (s >= 0) {
                source.set(e, mapping[s]);
                target.set(e, mapping[target.get(e)]);
            }
        }
    }

    private void compactEdges() {
        int[] mapping = new int[edgeSlots];
        int capacity = Math.max(16, liveEdges + liveEdges / 8);
        ChunkedInts freshSource = new ChunkedInts(capacity);
        ChunkedInts freshTarget = new ChunkedInts(capacity);
        int[] freshSets = edgeSet == null ? null : new int[capacity];
        int next = 0;
        for (int e = 0; e < edgeSlots; e++) {
            int s = source.get(e);
            if (s < 0) {
                mapping[e] = -1;
                continue;
            }
            freshSource.set(next, s);
            freshTarget.set(next, target.get(e));
            if (freshSets != null) {
                freshSets[next] = edgeSet[e];
            }
            mapping[e] = next++;
        }
        source = freshSource;
        target = freshTarget;
        edgeSet = freshSets;
        edgeSlots = next;
        int count = nodes.slots();
        for (int n = 0; n < count; n++) {
            outHead[n] = pool.remap(outHead[n], mapping);
            if (inHead != null) {
                inHead[n] = pool.remap(inHead[n], mapping);
            }
        }
        pool.compact(inHead == null ? new int[][] {outHead} : new int[][] {outHead, inHead}, count);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> immutable(T[] elements) {
        return Collections.unmodifiableList(Arrays.asList(elements));
    }
}

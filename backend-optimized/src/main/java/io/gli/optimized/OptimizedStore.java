package io.gli.optimized;

import io.gli.Edge;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import io.gli.Topology;
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
import java.util.function.IntConsumer;

/**
 * The optimized store: no object per node or per edge. It orchestrates the structures that hold a
 * graph and keeps them consistent; each structure's class states its representation and bytes.
 *
 * <ul>
 *   <li>Nodes are dense int indices in insertion order, their IDs interned by {@link NodeIndex}.
 *   <li>Edges are dense int IDs in insertion order: {@code source.get(e)}, {@code target.get(e)}
 *       (node indices in {@link ChunkedInts}; a dead edge has source -1).
 *   <li>Which edges touch a node, and the searches over them, are the {@link Incidence} chosen once
 *       by direction: {@link DirectedIncidence} or {@link UndirectedIncidence}. This class does not
 *       branch on direction anywhere else.
 *   <li>Attributes are content-addressed sets ({@link AttributeSets}); a node or edge holds a
 *       4-byte set ID in {@code nodeSet[n]} or {@code edgeSet[e]}, arrays allocated only once some
 *       element of that kind has attributes.
 *   <li>Removal marks indices dead; when dead nodes or edges outnumber live ones (and number at
 *       least 1,024) that kind is compacted, renumbered in order, so a graph that shrinks gives its
 *       memory back.
 * </ul>
 *
 * <p>Bytes per element (arrays grow by a quarter, so add about a tenth for spare capacity): a node
 * costs its ID slot in {@link NodeIndex} (the stride, or its number entry or hash table share
 * besides) + 4 per list head ({@link Incidence}) + 4 (set ID, once attributes exist); an edge 8
 * (endpoints) + at most 8 in lists + 4 (set ID, once attributes exist).
 *
 * <p>Point reads run optimistically ({@link StampedSynchronizer}): every read here and in the
 * structures it calls only reads, and bounds its loops and allocations by sizes it has checked.
 */
final class OptimizedStore implements GraphStore {
    /**
     * Size hints above this are not pre-allocated: a hint must not exhaust memory before any
     * insert.
     */
    private static final int MAX_PRESIZE = 1 << 26;

    /**
     * What pre-sizing allocates per expected node (an ID slot of the default stride 12, hash table
     * or number entry up to 10, list heads up to 8) and per expected edge (endpoints 8), in bytes.
     * The adjacency pool allocates nothing in advance: its segments come as lists fill, and the
     * hint only makes the first ones full-size.
     */
    private static final int PRESIZED_BYTES_PER_NODE = 30;

    private static final int PRESIZED_BYTES_PER_EDGE = 8;

    /** Compaction waits for at least this many dead elements, so small graphs never churn. */
    private static final int COMPACT_MIN_DEAD = 1024;

    /**
     * A bulk add's runs of edges from one source up to this long are checked before they are added.
     */
    private static final int CHECKED_RUN = 16;

    /** Selects the node set IDs in the attribute change helpers. */
    private static final boolean NODE = false;

    /** Selects the edge set IDs in the attribute change helpers. */
    private static final boolean EDGE = true;

    private final Synchronizer synchronizer = new StampedSynchronizer();
    private final NodeIndex nodes;
    private final AttributeSets sets = new AttributeSets();

    /** Edge endpoints (node indices; -1 for a dead edge), in chunks: growth copies nothing. */
    private final ChunkedInts source;

    private final ChunkedInts target;

    /**
     * The lists of edges at each node, directed or undirected; reads {@link #source}, {@link
     * #target}.
     */
    private final Incidence incidence;

    /** What {@link Incidence#removeNode} calls per edge; a field, so removal allocates nothing. */
    private final IntConsumer edgeKiller = this::killEdge;

    /** Length of the per-node arrays (the incidence's heads and {@link #nodeSet}). */
    private int nodeCapacity;

    /** Node attribute set IDs; null until some node has attributes. */
    private int[] nodeSet;

    /** Edge attribute set IDs; null until some edge has attributes. */
    private int[] edgeSet;

    private int edgeSlots;
    private int liveEdges;

    OptimizedStore(GraphOptions options) {
        int expectedNodes = presize(options.expectedNodes(), PRESIZED_BYTES_PER_NODE);
        int expectedEdges = presize(options.expectedEdges(), PRESIZED_BYTES_PER_EDGE);
        nodes = new NodeIndex(expectedNodes);
        nodeCapacity = Math.max(16, expectedNodes);
        int edgeCapacity = Math.max(16, expectedEdges);
        source = new ChunkedInts(edgeCapacity);
        target = new ChunkedInts(edgeCapacity);
        incidence = Incidence.of(options.directed(), nodeCapacity, expectedEdges, source, target);
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
        parts.put(MemoryProfile.Category.NODES, incidence.headBytes());
        parts.put(
                MemoryProfile.Category.ADJACENCY,
                incidence.listBytes() + source.footprintBytes() + target.footprintBytes());
        long store = sets.footprintBytes();
        long nodeHolders = holders(nodeSet, nodes.slots());
        long edgeHolders = holders(edgeSet, edgeSlots);
        long overhead =
                ObjectSizes.instance(OptimizedStore.class)
                        + ObjectSizes.instance(incidence.getClass())
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
        // A bulk load's hint may come from a file's header: capped like the builder's hints.
        int moreNodes = presize(additionalNodes, PRESIZED_BYTES_PER_NODE);
        int moreEdges = presize(additionalEdges, PRESIZED_BYTES_PER_EDGE);
        nodes.reserve(moreNodes);
        int neededNodes = (int) Math.min(Integer.MAX_VALUE - 8, (long) nodes.slots() + moreNodes);
        if (neededNodes > nodeCapacity) {
            // At least the usual growth step: many small batches must not copy the arrays each
            // time.
            resizeNodes(Math.max(neededNodes, TableMath.grow(nodeCapacity)));
        }
        int edgeCapacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) edgeSlots + moreEdges);
        source.ensureCapacity(edgeCapacity);
        target.ensureCapacity(edgeCapacity);
        edgeSet = IntArrays.ensureLength(edgeSet, edgeCapacity);
    }

    /** Grows every per-node array to {@code capacity}. */
    private void resizeNodes(int capacity) {
        nodeCapacity = capacity;
        incidence.resize(capacity);
        nodeSet = IntArrays.ensureLength(nodeSet, capacity);
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
        initNode(n, initialSet(attributes));
    }

    /** Gives a new node index its empty lists and attribute set {@code set}. */
    private void initNode(int n, int set) {
        if (n >= nodeCapacity) {
            resizeNodes(TableMath.grow(nodeCapacity));
        }
        incidence.addNode(n);
        setNodeSet(n, set);
    }

    /**
     * The bulk add of nodes: one probe of the ID index per row, each row's attribute set interned
     * straight from the columns.
     */
    @Override
    public int addNodes(
            List<String> ids, int count, String[] keys, Object[][] columns, boolean skipExisting) {
        boolean attributes = keys.length > 0;
        for (int i = 0; i < count; i++) {
            int n = nodes.addIfAbsent(ids.get(i));
            if (n < 0) {
                if (skipExisting) {
                    continue;
                }
                return i;
            }
            initNode(n, attributes ? sets.intern(keys, columns, i) : AttributeSets.EMPTY);
        }
        return count;
    }

    /** The set a new element starts with: interned, with one reference, or the empty set. */
    private int initialSet(Map<String, Object> attributes) {
        return attributes.isEmpty() ? AttributeSets.EMPTY : sets.intern(attributes);
    }

    /** The set ID at {@code i} of an array that is null while no element has attributes. */
    private static int setIdAt(int[] setIds, int i) {
        return setIds == null ? AttributeSets.EMPTY : setIds[i];
    }

    /**
     * {@code setIds} with the set ID at {@code i} replaced: allocated at {@code capacity} for the
     * first element that gets a set, still null while none has.
     */
    private static int[] withSetId(int[] setIds, int capacity, int i, int set) {
        if (setIds == null) {
            if (set == AttributeSets.EMPTY) {
                return null;
            }
            setIds = new int[capacity];
        }
        setIds[i] = set;
        return setIds;
    }

    private int nodeSetOf(int n) {
        return setIdAt(nodeSet, n);
    }

    private void setNodeSet(int n, int set) {
        nodeSet = withSetId(nodeSet, nodeCapacity, n, set);
    }

    // ---- attribute changes, shared by nodes and edges: copy on write, the old set released

    private int setOf(boolean edge, int i) {
        return edge ? edgeSetOf(i) : nodeSetOf(i);
    }

    private void setSet(boolean edge, int i, int set) {
        if (edge) {
            setEdgeSet(i, set);
        } else {
            setNodeSet(i, set);
        }
    }

    private void putAttributes(boolean edge, int i, Map<String, Object> attributes) {
        int old = setOf(edge, i);
        setSet(edge, i, sets.withAll(old, attributes));
        sets.release(old);
    }

    /** Removes {@code key}; false if the element has no such attribute. */
    private boolean removeAttribute(boolean edge, int i, String key) {
        int old = setOf(edge, i);
        if (sets.value(old, key) == null) {
            return false;
        }
        setSet(edge, i, sets.without(old, key));
        sets.release(old);
        return true;
    }

    /** Sets {@code key} to {@code value}, or removes it if null. */
    private void putValue(boolean edge, int i, String key, Object value) {
        int old = setOf(edge, i);
        setSet(
                edge,
                i,
                value == null ? sets.without(old, key) : sets.withAll(old, Map.of(key, value)));
        sets.release(old);
    }

    @Override
    public void removeNode(String id) {
        int n = nodes.find(id);
        incidence.removeNode(n, edgeKiller);
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
        putAttributes(NODE, nodes.find(id), attributes);
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return removeAttribute(NODE, nodes.find(id), key);
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

    private int edgeBetween(String sourceId, String targetId) {
        int s = nodes.find(sourceId);
        if (s < 0) {
            return -1;
        }
        int t = nodes.find(targetId);
        return t < 0 ? -1 : incidence.find(s, t);
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
        if (incidence.find(s, t) >= 0) {
            return EDGE_EXISTS;
        }
        appendEdge(s, t, attributes);
        return EDGE_ADDED;
    }

    /**
     * The bulk add of edges: the endpoints resolved to node indices first, one lookup per row and
     * end (none where a row repeats the previous row's ID, as the rows of an edge list sorted by
     * source do), then the rows added on indices ({@link #addEdgeRows}).
     */
    @Override
    public int addEdges(
            List<String> sources,
            List<String> targets,
            int count,
            String[] keys,
            Object[][] columns,
            boolean skipExisting) {
        int[] s = new int[count];
        int[] t = new int[count];
        int limit = resolve(sources, count, s);
        limit = resolve(targets, limit, t);
        return addEdgeRows(s, t, limit, keys, columns, skipExisting);
    }

    /**
     * Fills {@code into} with the node index of each of the first {@code limit} IDs; returns the
     * row of the first ID that names no node, or {@code limit}.
     */
    private int resolve(List<String> ids, int limit, int[] into) {
        String previous = null;
        int n = -1;
        for (int i = 0; i < limit; i++) {
            String id = ids.get(i);
            if (!id.equals(previous)) {
                n = nodes.find(id);
                if (n < 0) {
                    return i;
                }
                previous = id;
            }
            into[i] = n;
        }
        return limit;
    }

    /**
     * The bulk add of edges by position in {@code ids}: each of {@code ids} is looked up once, then
     * the rows are ints only.
     */
    @Override
    public int addEdges(
            List<String> ids,
            int[] sourceIndices,
            int[] targetIndices,
            int count,
            String[] keys,
            Object[][] columns,
            boolean skipExisting) {
        int[] resolved = new int[ids.size()];
        for (int j = 0; j < resolved.length; j++) {
            String id = ids.get(j);
            resolved[j] = id == null || id.isEmpty() ? -1 : nodes.find(id); // named by no row
        }
        int[] s = new int[count];
        int[] t = new int[count];
        int limit = count;
        for (int i = 0; i < limit; i++) {
            s[i] = resolved[sourceIndices[i]];
            t[i] = resolved[targetIndices[i]];
            if (s[i] < 0 || t[i] < 0) {
                limit = i;
            }
        }
        return addEdgeRows(s, t, limit, keys, columns, skipExisting);
    }

    /**
     * Adds the edges {@code s[i]} to {@code t[i]} for {@code i < limit}, between live nodes, in row
     * order; returns the first row whose edge exists and is not to be passed over, or {@code
     * limit}.
     *
     * <p>Rows come in runs from one source. A short run is checked whole first (each edge against
     * the graph and against the run's earlier rows), so its source's list can be given room for all
     * of it at once ({@link Incidence#reserveAtSource}) rather than move through every size on the
     * way. A long run (a hub's) goes row by row, each edge checked against the graph that holds the
     * rows before it: its list doubles, which is cheap at that length. Rows passed over as existing
     * get {@code t[i] = -1}.
     */
    private int addEdgeRows(
            int[] s, int[] t, int limit, String[] keys, Object[][] columns, boolean skipExisting) {
        boolean attributes = keys.length > 0;
        int from = 0;
        while (from < limit) {
            int source = s[from];
            int end = from + 1;
            while (end < limit && s[end] == source) {
                end++;
            }
            if (end - from > CHECKED_RUN) {
                for (int i = from; i < end; i++) {
                    if (incidence.find(source, t[i]) >= 0) {
                        if (!skipExisting) {
                            return i;
                        }
                    } else {
                        appendEdge(source, t[i], rowSet(attributes, keys, columns, i));
                    }
                }
            } else {
                int stop = end;
                int adds = 0;
                for (int i = from; i < end; i++) {
                    if (incidence.find(source, t[i]) >= 0 || repeats(t, from, i)) {
                        if (!skipExisting) {
                            stop = i;
                            break;
                        }
                        t[i] = -1;
                    } else {
                        adds++;
                    }
                }
                incidence.reserveAtSource(source, adds);
                for (int i = from; i < stop; i++) {
                    if (t[i] >= 0) {
                        appendEdge(source, t[i], rowSet(attributes, keys, columns, i));
                    }
                }
                if (stop < end) {
                    return stop;
                }
            }
            from = end;
        }
        return limit;
    }

    /** Whether {@code t[i]} is among {@code t[from]} to {@code t[i - 1]}. */
    private static boolean repeats(int[] t, int from, int i) {
        for (int j = from; j < i; j++) {
            if (t[j] == t[i]) {
                return true;
            }
        }
        return false;
    }

    /** Row {@code i}'s attribute set, interned from the columns, or the empty set. */
    private int rowSet(boolean attributes, String[] keys, Object[][] columns, int i) {
        return attributes ? sets.intern(keys, columns, i) : AttributeSets.EMPTY;
    }

    /**
     * Takes back the newest edges and nodes by index, newest first: the edges' slots are given back
     * (they are the last ones), the nodes' left dead for compaction.
     */
    @Override
    public void truncate(int nodeTarget, int edgeTarget) {
        int e = edgeSlots;
        while (liveEdges > edgeTarget) {
            e--;
            int s = source.get(e);
            if (s >= 0) {
                incidence.removeEdge(e, s, target.get(e));
                killEdge(e);
            }
        }
        edgeSlots = e; // every slot from e on is dead now
        int n = nodes.slots();
        while (nodes.size() > nodeTarget) {
            n--;
            if (nodes.isLive(n)) {
                incidence.removeNode(n, edgeKiller);
                sets.release(nodeSetOf(n));
                setNodeSet(n, AttributeSets.EMPTY);
                nodes.remove(n);
            }
        }
        maybeCompact();
    }

    /** Appends a new edge between two live node indices. */
    private void appendEdge(int s, int t, Map<String, Object> attributes) {
        appendEdge(s, t, initialSet(attributes));
    }

    /** Appends a new edge between two live node indices, with attribute set {@code set}. */
    private void appendEdge(int s, int t, int set) {
        int e = edgeSlots;
        if (e == source.capacity()) {
            source.ensureCapacity(e + 1);
            target.ensureCapacity(e + 1);
        }
        if (edgeSet != null && e == edgeSet.length) {
            edgeSet = Arrays.copyOf(edgeSet, TableMath.grow(edgeSet.length));
        }
        source.set(e, s);
        target.set(e, t);
        edgeSlots++;
        liveEdges++;
        incidence.addEdge(e, s, t);
        setEdgeSet(e, set);
    }

    private int edgeSetOf(int e) {
        return setIdAt(edgeSet, e);
    }

    private void setEdgeSet(int e, int set) {
        edgeSet = withSetId(edgeSet, source.capacity(), e, set);
    }

    @Override
    public void removeEdge(String sourceId, String targetId) {
        int e = edgeBetween(sourceId, targetId);
        incidence.removeEdge(e, source.get(e), target.get(e));
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
        putAttributes(EDGE, edgeBetween(sourceId, targetId), attributes);
    }

    @Override
    public boolean removeEdgeAttribute(String sourceId, String targetId, String key) {
        return removeAttribute(EDGE, edgeBetween(sourceId, targetId), key);
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

    /** The IDs of the nodes at the given indices, in order; null for null (no such node). */
    private List<String> ids(int[] indices) {
        return indices == null ? null : nodes.ids(indices, indices.length);
    }

    @Override
    public List<String> successors(String id) {
        return ids(incidence.successors(nodes.find(id)));
    }

    @Override
    public List<String> predecessors(String id) {
        return ids(incidence.predecessors(nodes.find(id)));
    }

    @Override
    public List<String> neighbors(String id) {
        return ids(incidence.neighbors(nodes.find(id)));
    }

    @Override
    public int outDegree(String id) {
        return incidence.outDegree(nodes.find(id));
    }

    @Override
    public int inDegree(String id) {
        return incidence.inDegree(nodes.find(id));
    }

    @Override
    public int degree(String id) {
        return incidence.degree(nodes.find(id));
    }

    // ---- topology

    /**
     * A copy of the store's own arrays ({@link TopologyCopy}); the incidence knows the direction.
     */
    @Override
    public Topology topology(boolean directed, String weightKey) {
        return TopologyCopy.copy(nodes, incidence, liveEdges, edgeSet, sets, weightKey);
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
                putValue(NODE, n, key, values[i++]);
            }
        }
    }

    @Override
    public void putEdgeColumn(String key, Object[] values) {
        int i = 0;
        for (int e = 0; e < edgeSlots; e++) {
            if (source.get(e) >= 0) {
                putValue(EDGE, e, key, values[i++]);
            }
        }
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
        nodeCapacity = Math.max(16, live + live / 8);
        incidence.compactNodes(mapping, slots, nodeCapacity);
        nodeSet = IntArrays.renumbered(nodeSet, mapping, slots, nodeCapacity);
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
        int next = 0;
        for (int e = 0; e < edgeSlots; e++) {
            mapping[e] = source.get(e) < 0 ? -1 : next++;
        }
        int capacity = Math.max(16, liveEdges + liveEdges / 8);
        source.renumber(mapping, edgeSlots, capacity);
        target.renumber(mapping, edgeSlots, capacity);
        edgeSet = IntArrays.renumbered(edgeSet, mapping, edgeSlots, capacity);
        edgeSlots = next;
        incidence.compactEdges(mapping, nodes.slots());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> immutable(T[] elements) {
        return Collections.unmodifiableList(Arrays.asList(elements));
    }
}

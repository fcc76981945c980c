package dev.benchmem.analysis.profile;

import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileFrame;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.ProfilePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The call tree of one metric: the paths of a profile merged by frame, outermost frame at the
 * root, each path ending in a leaf that names what the site allocates ({@code [int[]]}, as
 * the collapsed stacks end). A node's value is inclusive: its own and all its callees'. A tree
 * can hold a second profile's values ({@link Node#base()}) beside its own, for a diff.
 */
public final class CallTree {
    private final Node root = new Node("all", "all", null);
    private int size = 1;
    private int depth;

    /** One frame of the tree. */
    public static final class Node {
        private final String name;
        private final String shortName;
        private final Node parent;
        private long value;
        private long base;
        private List<Node> children;
        /** Children by name, once there are many: most frames have one or two callees. */
        private Map<String, Node> index;

        private Node(String name, String shortName, Node parent) {
            this.name = name;
            this.shortName = shortName;
            this.parent = parent;
        }

        /** The frame ({@code java.util.ArrayList.grow:237}) or leaf ({@code [int[]]}). */
        public String name() {
            return name;
        }

        /** The name without packages, as a flame graph labels its boxes: {@code ArrayList.grow:237}. */
        public String shortName() {
            return shortName;
        }

        /** The inclusive value: this frame's and its callees'. */
        public long value() {
            return value;
        }

        /** A diff's baseline value of this frame, inclusive; 0 in a tree of one profile. */
        public long base() {
            return base;
        }

        /** What this frame itself accounts for, without its callees (for a leaf, all of it). */
        public long self() {
            long callees = 0;
            for (Node child : children()) {
                callees += child.value;
            }
            return value - callees;
        }

        public Node parent() {
            return parent;
        }

        /** The callees, largest value first (then largest baseline, then by name). */
        public List<Node> children() {
            return children == null ? List.of() : children;
        }

        /** The frames from the root's child down to this one. */
        public List<String> stack() {
            List<String> stack = new ArrayList<>();
            for (Node n = this; n.parent != null; n = n.parent) {
                stack.add(0, n.name);
            }
            return stack;
        }

        private Node child(String childName, String childShortName) {
            if (children == null) {
                children = new ArrayList<>(2);
            }
            Node found = null;
            if (index != null) {
                found = index.get(childName);
            } else {
                for (Node c : children) {
                    if (c.name.equals(childName)) {
                        found = c;
                        break;
                    }
                }
            }
            if (found == null) {
                found = new Node(childName, childShortName, this);
                children.add(found);
                if (index != null) {
                    index.put(childName, found);
                } else if (children.size() > 8) {
                    index = new HashMap<>();
                    children.forEach(c -> index.put(c.name, c));
                }
            }
            return found;
        }
    }

    private CallTree() {
    }

    /** The tree of {@code metric} in {@code profile}. */
    public static CallTree of(Profile profile, ProfileMetric metric) {
        CallTree tree = new CallTree();
        tree.add(profile, metric, false);
        tree.sort();
        return tree;
    }

    /** The tree of a diff: values from {@code candidate}, baseline values from {@code baseline}. */
    public static CallTree diff(Profile baseline, Profile candidate, ProfileMetric metric) {
        CallTree tree = new CallTree();
        tree.add(baseline, metric, true);
        tree.add(candidate, metric, false);
        tree.sort();
        return tree;
    }

    private void add(Profile profile, ProfileMetric metric, boolean asBase) {
        for (ProfilePath path : profile.paths()) {
            long v = path.value(metric);
            if (v == 0) {
                continue;
            }
            Node node = root;
            credit(node, v, asBase);
            int level = 0;
            for (ProfileFrame frame : path.frames()) {
                node = step(node, frame.label(), frame.shortLabel());
                credit(node, v, asBase);
                level++;
            }
            String allocates = profile.sites().get(path.site()).allocates();
            node = step(node, "[" + allocates + "]", "[" + ProfileValues.withoutPackages(allocates) + "]");
            credit(node, v, asBase);
            depth = Math.max(depth, level + 1);
        }
    }

    private Node step(Node node, String name, String shortName) {
        int before = node.children().size();
        Node child = node.child(name, shortName);
        if (node.children().size() > before) {
            size++;
        }
        return child;
    }

    private static void credit(Node node, long v, boolean asBase) {
        if (asBase) {
            node.base += v;
        } else {
            node.value += v;
        }
    }

    private void sort() {
        Comparator<Node> order = Comparator.comparingLong((Node n) -> -n.value).thenComparingLong(n -> -n.base)
                .thenComparing(n -> n.name);
        List<Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Node n = pending.remove(pending.size() - 1);
            if (n.children != null) {
                n.children.sort(order);
                n.index = null;
                pending.addAll(n.children);
            }
        }
    }

    public Node root() {
        return root;
    }

    /** Nodes, the root included. */
    public int size() {
        return size;
    }

    /** Frames on the deepest path, its leaf included. */
    public int depth() {
        return depth;
    }
}

package dev.benchmem.examples.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchmem.harness.BenchmarkMemory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which jackson-databind release made this code slower or fatter? The same n orders, each with
 * three lines and a map of attributes, written to a JSON string and read back, on every version
 * a sweep runs:
 *
 * <pre>
 * cli/target/benchmem sweep com.fasterxml.jackson.core:jackson-databind 2.9.10 2.12.7 2.15.4 2.21.0 \
 *     --suite examples/target/jackson-sweep
 * </pre>
 *
 * Compiled against the project's Jackson (the oldest swept release must have every method used
 * here: these date from 2.0). One {@code ObjectMapper} per benchmark, made outside the measured
 * call, as an application keeps one: the measured call is the serialisation, not the mapper's
 * start-up; warmup calls fill its serializer caches before the memory pass.
 */
class JacksonBench {

    /** Public fields and a no-argument constructor: what every release maps the same way. */
    public static final class Order {
        public long id;
        public String customer;
        public List<Line> lines = new ArrayList<>();
        public Map<String, String> attributes;
    }

    /** One order line. */
    public static final class Line {
        public String sku;
        public int quantity;
        public double price;
    }

    private static final TypeReference<List<Order>> ORDERS = new TypeReference<>() {};

    @ParameterizedTest
    @ValueSource(ints = {10, 1_000})
    void write(int n, BenchmarkMemory benchmarkMemory) {
        ObjectMapper mapper = new ObjectMapper();
        List<Order> orders = orders(n);
        String json = benchmarkMemory.run(() -> write(mapper, orders));
        if (!json.startsWith("[{\"id\":0,")) {
            throw new AssertionError("unexpected JSON: " + json.substring(0, Math.min(40, json.length())));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1_000})
    void read(int n, BenchmarkMemory benchmarkMemory) {
        ObjectMapper mapper = new ObjectMapper();
        String json = write(mapper, orders(n));
        List<Order> orders = benchmarkMemory.run(() -> read(mapper, json));
        if (orders.size() != n || orders.get(n - 1).lines.size() != 3) {
            throw new AssertionError("read back " + orders.size() + " orders, expected " + n);
        }
    }

    private static String write(ObjectMapper mapper, List<Order> orders) {
        try {
            return mapper.writeValueAsString(orders);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Order> read(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, ORDERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same orders on every version: nothing random, so the runs differ only by the release. */
    static List<Order> orders(int n) {
        List<Order> orders = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Order order = new Order();
            order.id = i;
            order.customer = "customer-" + (i % 97);
            for (int l = 0; l < 3; l++) {
                Line line = new Line();
                line.sku = "SKU-" + (i * 3 + l);
                line.quantity = 1 + (i + l) % 5;
                line.price = 0.25 * (i % 400 + l);
                order.lines.add(line);
            }
            // A LinkedHashMap, not Map.of: Map.of's iteration order changes from JVM to JVM.
            order.attributes = new LinkedHashMap<>();
            order.attributes.put("channel", i % 2 == 0 ? "web" : "store");
            order.attributes.put("priority", Integer.toString(i % 3));
            orders.add(order);
        }
        return orders;
    }
}

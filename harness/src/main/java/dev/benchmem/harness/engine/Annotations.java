package dev.benchmem.harness.engine;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/** Where the harness's per-test annotations are looked up: the method, else its class, else the classes enclosing it. */
final class Annotations {

    private Annotations() {
    }

    static <A extends Annotation> A find(Class<?> testClass, Method method, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            A onClass = c.getAnnotation(type);
            if (onClass != null) {
                return onClass;
            }
        }
        return null;
    }
}

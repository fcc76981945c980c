package dev.benchmem.harness.suites;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.PrintWriter;

/**
 * Runs one test class the way Maven Surefire does: a plain JUnit Platform launcher with
 * extension autodetection on, no benchmem launcher. Prints JUnit's summary; exits with the
 * number of failed tests.
 */
public final class PlainJUnitMain {

    private PlainJUnitMain() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName(args[0])))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        summary.getSummary().printFailuresTo(new PrintWriter(System.out, true), 0);
        summary.getSummary().printTo(new PrintWriter(System.out, true));
        System.exit((int) summary.getSummary().getTotalFailureCount());
    }
}

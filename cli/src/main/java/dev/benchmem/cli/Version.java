package dev.benchmem.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: this build's version (from the jar manifest) and the JVM running it. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BenchmemCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "benchmem " + (version == null ? "(development build)" : version),
            "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        };
    }
}

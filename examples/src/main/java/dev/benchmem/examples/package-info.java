/** Example benchmark suites; each class is a short tutorial. */
package dev.benchmem.examples;

package com.example.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** With only the README's dependencies, the mapper brings no Docker client and no validator. */
class ChosenDependenciesTest {
  @Test
  void noTestcontainersDockerClientOrHibernateValidatorOnTheClasspath() {
    assertFalse(present("org.testcontainers.DockerClientFactory"), "Testcontainers");
    assertFalse(present("com.github.dockerjava.api.DockerClient"), "docker-java");
    assertFalse(present("com.sun.jna.Native"), "JNA");
    assertFalse(present("org.hibernate.validator.HibernateValidator"), "Hibernate Validator");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, ChosenDependenciesTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

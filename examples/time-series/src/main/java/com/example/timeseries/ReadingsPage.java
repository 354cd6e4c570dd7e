package com.example.timeseries;

import java.util.List;

/** What one request returns: the readings and, when there are more, the token that asks for the next page. */
public record ReadingsPage(List<Reading> readings, String next) {
  public boolean hasNext() {
    return next != null;
  }
}

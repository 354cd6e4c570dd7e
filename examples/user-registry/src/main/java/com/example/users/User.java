package com.example.users;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Instant;

/** A registered user: the username is the primary key, so claiming it is an insert if not exists. */
@Table(name = "users")
public record User(@PartitionKey String username, String email, Instant registeredAt) {}

/**
 * Spring Data repositories for coodie entities: the base interface
 * {@link io.coodie.spring.data.repository.CoodieRepository}, paging with Cassandra's paging state
 * ({@link io.coodie.spring.data.repository.CoodiePageRequest},
 * {@link io.coodie.spring.data.repository.CoodieSlice}),
 * {@link io.coodie.spring.data.repository.config.EnableCoodieRepositories}, and the method annotations that
 * map to coodie-core's statement options ({@code @Query}, {@code @Ttl}, {@code @Timestamp}, {@code @Iff},
 * {@code @IfNotExists}, {@code @IfExists}, {@code @Consistency}, {@code @AllowFiltering}).
 *
 * <h2>Query methods</h2>
 *
 * Derived from the name by Spring Data's {@code PartTree}: {@code find/read/get/query/search/stream...By},
 * {@code count...By}, {@code exists...By}, {@code delete/remove...By}, with {@code And}, the keywords listed on
 * {@code CoodieQueryCreator} (equality, comparisons, {@code Between}, {@code In}, {@code Containing},
 * {@code Like}/{@code StartingWith}/{@code EndingWith}, {@code True}/{@code False}, {@code Not}), {@code OrderBy} on
 * clustering columns, {@code First}/{@code Top}, {@code Distinct}, and {@code Limit}, {@code Sort} and
 * {@code Pageable} parameters. Returns: the entity, {@code Optional}, {@code List}, {@code Stream}, {@code Slice},
 * {@code long}/{@code boolean} for count/exists, or a {@code CompletableFuture} of those (run with the driver's
 * asynchronous API, no thread is blocked). Every method is checked when the repository is created: {@code Or},
 * unknown properties, unsupported keywords or return types, and queries that need {@code ALLOW FILTERING} without
 * {@code @AllowFiltering} fail start-up with a message naming the method.
 *
 * <p>Write methods: {@code insert/save/update/delete...(entity, ...)} (see {@code @Iff}).
 */
@NullMarked
package io.coodie.spring.data.repository;

import org.jspecify.annotations.NullMarked;

/* The machine's f32 multiply-add peak, measured: one thread per online core,
 * each running 12 independent chains of vector fused multiply-adds held in
 * registers (enough chains to hide the FMA latency on 2 pipes), for about half
 * a second; the best of 3 rounds, in GFLOP/s (an FMA counts as 2 flops).
 *
 * Build with `cc -O2 -march=native -pthread`: the vectors are AVX-512's
 * 16 lanes where the core has it, else AVX's 8, so the figure is what the
 * core's widest f32 FMA sustains. scripts/bench_train.sh
 * builds and runs it to put both sides' step throughput against the hardware.
 *
 * Prints one line: `RESULT side=peak threads=N gflops=G`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* The widest f32 vector the target has: one register per chain. */
#if defined(__AVX512F__)
typedef float vf __attribute__((vector_size(64)));
#elif defined(__AVX__)
typedef float vf __attribute__((vector_size(32)));
#else
typedef float vf __attribute__((vector_size(16)));
#endif

enum { CHAINS = 12, LANES = sizeof(vf) / sizeof(float) };

static long iterations;
static volatile float sink;

/* One FMA on each of the 12 chains; named variables, not an array, so that
 * every chain stays in registers. */
#define STEP                                                                   \
    a0 = a0 * mul + add, a1 = a1 * mul + add, a2 = a2 * mul + add,             \
    a3 = a3 * mul + add, a4 = a4 * mul + add, a5 = a5 * mul + add,             \
    a6 = a6 * mul + add, a7 = a7 * mul + add, a8 = a8 * mul + add,             \
    a9 = a9 * mul + add, a10 = a10 * mul + add, a11 = a11 * mul + add

static void *chains(void *arg) {
    (void)arg;
    vf mul, add, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11;
    for (int l = 0; l < LANES; l++) {
        mul[l] = 0.9999999f;
        add[l] = 1e-7f;
        a0[l] = (float)l, a1[l] = a0[l] + 1, a2[l] = a0[l] + 2, a3[l] = a0[l] + 3;
        a4[l] = a0[l] + 4, a5[l] = a0[l] + 5, a6[l] = a0[l] + 6, a7[l] = a0[l] + 7;
        a8[l] = a0[l] + 8, a9[l] = a0[l] + 9, a10[l] = a0[l] + 10, a11[l] = a0[l] + 11;
    }
    /* Without -ffast-math the compiler may not reassociate the chains, so
     * every multiply-add is executed. */
    for (long i = 0; i < iterations; i++)
        STEP;
    vf total = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11;
    float sum = 0;
    for (int l = 0; l < LANES; l++)
        sum += total[l];
    sink = sum;
    return NULL;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Seconds for every thread to run `iterations`. */
static double round_seconds(int threads) {
    pthread_t *ids = malloc(sizeof(pthread_t) * (size_t)threads);
    if (!ids) {
        perror("fma_peak");
        exit(1);
    }
    double t0 = now();
    for (int t = 0; t < threads; t++)
        if (pthread_create(&ids[t], NULL, chains, NULL) != 0) {
            perror("fma_peak: pthread_create");
            exit(1);
        }
    for (int t = 0; t < threads; t++)
        pthread_join(ids[t], NULL);
    double s = now() - t0;
    free(ids);
    return s;
}

int main(void) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int threads = cores > 0 ? (int)cores : 1;
    /* Calibrate one thread to about half a second. */
    iterations = 1 << 20;
    double s;
    while ((s = round_seconds(1)) < 0.05)
        iterations *= 2;
    iterations = (long)((double)iterations * 0.5 / s);
    double flops = 2.0 * CHAINS * LANES * (double)iterations * threads;
    double best = 0;
    for (int r = 0; r < 3; r++) {
        double g = flops / round_seconds(threads) / 1e9;
        if (g > best)
            best = g;
    }
    printf("RESULT side=peak threads=%d gflops=%.1f\n", threads, best);
    return 0;
}

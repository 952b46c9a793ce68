/* Compiled token similarity: the hot loop of the matcher's neighbour search, in C.
 *
 * Why: a new query token is compared with every index form sharing its phonetic key (dozens,
 * hundreds with the one-deletion keys); in Python each comparison paid ~10 us of dispatch
 * (readings, memo keys, early-stop arguments, numpy per-operation overhead) for a few dozen
 * integer additions. Here the same comparisons run without the interpreter.
 *
 * This module is optional: normx.match.kernels imports it when it was built and otherwise the
 * pure-Python functions of normx.match.similarity and normx.match.align run. They are the
 * reference: every number below is the same float operation, in the same order, as the Python
 * code it mirrors (named in each comment), and tests/match/test_kernels.py checks both paths
 * against each other on random input. The constants come from Python (configure()), except
 * the literals of the Latin key lift, which are written here as in similarity.py.
 *
 * One deliberate difference: the Python alignment may stop early once it cannot change what a
 * caller acts on (a similarity below PAIR_FLOOR, or not beating the string similarity) and then
 * returns an upper bound; here the alignment is always computed to the end (it is cheap), so
 * the answer is the exact one, which is what the Python one is wherever callers use it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* ---- configuration (set once by normx.match.kernels.configure) ---- */

static int configured = 0;
static long SCALE = 20, EDGE = 18, H_UNITS = 10, QUALITY = 10, NEUTRAL = 2;
static long LATIN_INNER = 7, CROSS_INNER = 7, CROSS_NEAR = 10;
static Py_UCS4 SILENT = '~';
#define MAX_NEAR 16
static Py_UCS4 near_a[MAX_NEAR], near_b[MAX_NEAR];
static int n_near = 0;
static double CROSS_FACTOR, LATIN_FACTOR, SHORT_KEY_BASE, SHORT_KEY_RATIO;
static Py_ssize_t MIN_LIFTING_KEY = 3, MAX_EXACT_ONLY = 2;
static PyObject *class_seq_fn = NULL, *cross_seq_fn = NULL;
static PyObject *NO_PAIR = NULL, *EXACT = NULL; /* (0.0, "none"), (1.0, "exact") */
static PyObject *s_none, *s_key, *s_cross, *s_fuzzy, *s_vowels, *s_exact;
static PyObject *a_form, *a_key, *a_alts, *a_kind, *s_abd;

/* ---- code point buffers ---- */

#define STACK_CHARS 64

/* A buffer's own room: token forms, keys and class sequences are short (a longer string is
 * copied to the heap), and index tokens' readings are kept across calls (held_readings), so
 * each byte here is paid once per kept reading. */
#define CHARS_LOCAL 24

typedef struct {
    Py_UCS4 *p;
    Py_ssize_t n;
    Py_UCS4 local[CHARS_LOCAL];
} Chars;

/* Read *s* (a str) into *c*; 0 on success, -1 with an exception set. */
static int chars_load(Chars *c, PyObject *s) {
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "expected str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    c->n = n;
    c->p = n <= CHARS_LOCAL ? c->local : PyMem_Malloc((size_t)n * sizeof(Py_UCS4));
    if (c->p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < n; i++) c->p[i] = PyUnicode_READ(kind, data, i);
    return 0;
}

static void chars_free(Chars *c) {
    if (c->p != NULL && c->p != c->local) PyMem_Free(c->p);
    c->p = NULL;
}

static int chars_eq(const Chars *a, const Chars *b) {
    return a->n == b->n && memcmp(a->p, b->p, (size_t)a->n * sizeof(Py_UCS4)) == 0;
}

/* ---- the alignment (normx/match/align.py) ---- */

/* Py_UNICODE_ISLOWER without the call for ASCII (class sequences are ASCII but for
 * foreign letters): the same answer for every code point. */
#define IS_LOWER(c) ((c) < 128 ? ((c) >= 'a' && (c) <= 'z') : Py_UNICODE_ISLOWER(c))

/* indel_units(seq, inner)[i] */
static long indel(const Chars *s, Py_ssize_t i, long inner) {
    Py_UCS4 c = s->p[i];
    if (IS_LOWER(c)) return (i == 0 || i == s->n - 1) ? EDGE : inner;
    if (c == SILENT) return 0;
    return c == 'H' ? H_UNITS : SCALE;
}

/* substitution_units(a, b, near) */
static long substitution(Py_UCS4 a, Py_UCS4 b, long near) {
    if (a == b) return 0;
    if (a == SILENT || b == SILENT) return SCALE;
    if (IS_LOWER(a) && IS_LOWER(b))
        return (a == 'e' || b == 'e') ? NEUTRAL : QUALITY;
    if (near != SCALE) {
        for (int k = 0; k < n_near; k++)
            if ((a == near_a[k] && b == near_b[k]) || (a == near_b[k] && b == near_a[k]))
                return near;
    }
    return SCALE;
}

/* distance_units(x, y, stop=None, inner, near)[0]: the programme run to the end. *row* holds
 * 3 * (len(y) + 1) longs: two rows and y's indel costs (worked out once, not per cell). */
static long align_units(const Chars *x, const Chars *y, long inner, long near, long *row) {
    Py_ssize_t ny = y->n;
    long *prev = row, *cur = row + ny + 1, *dy = row + 2 * (ny + 1);
    prev[0] = 0;
    for (Py_ssize_t j = 0; j < ny; j++) {
        dy[j] = indel(y, j, inner);
        prev[j + 1] = prev[j] + dy[j];
    }
    for (Py_ssize_t i = 0; i < x->n; i++) {
        Py_UCS4 sx = x->p[i];
        long dx = indel(x, i, inner);
        long left = prev[0] + dx;
        cur[0] = left;
        for (Py_ssize_t j = 0; j < ny; j++) {
            long best = prev[j] + substitution(sx, y->p[j], near);
            long alt = prev[j + 1] + dx;
            if (alt < best) best = alt;
            alt = left + dy[j];
            if (alt < best) best = alt;
            cur[j + 1] = best;
            left = best;
        }
        long *t = prev;
        prev = cur;
        cur = t;
    }
    return prev[ny];
}

/* length(seq) */
static Py_ssize_t counted(const Chars *s) {
    return s->n - (s->n > 0 && s->p[s->n - 1] == SILENT);
}

/* similarity(units, x, y) of two sequences, 0.0 when either is empty (as _aligned_above and
 * _exact_alignments say); -1.0 with an exception set on failure. */
static double aligned_sim(const Chars *x, const Chars *y, long inner, long near) {
    if (x->n == 0 || y->n == 0) return 0.0;
    long local[3 * (STACK_CHARS + 1)];
    long *row = y->n <= STACK_CHARS ? local : PyMem_Malloc(3 * (size_t)(y->n + 1) * sizeof(long));
    if (row == NULL) {
        PyErr_NoMemory();
        return -1.0;
    }
    long units = align_units(x, y, inner, near, row);
    if (row != local) PyMem_Free(row);
    Py_ssize_t longest = counted(x);
    Py_ssize_t ly = counted(y);
    if (ly > longest) longest = ly;
    if (longest < 1) longest = 1;
    double sim = 1.0 - (double)units / (double)(SCALE * longest);
    return sim > 0.0 ? sim : 0.0;
}

/* ---- keys and string similarities (normx/match/similarity.py, rapidfuzz) ---- */

/* Whether *a* with symbol *skip* deleted equals *b* (b one shorter). */
static int deleted_is(const Chars *a, Py_ssize_t skip, const Chars *b) {
    for (Py_ssize_t i = 0, j = 0; i < a->n; i++) {
        if (i == skip) continue;
        if (a->p[i] != b->p[j++]) return 0;
    }
    return 1;
}

/* Whether a with a's symbol i deleted equals b with b's symbol j deleted (same lengths). */
static int both_deleted_equal(const Chars *a, Py_ssize_t i, const Chars *b, Py_ssize_t j) {
    Py_ssize_t ia = 0, ib = 0;
    while (ia < a->n && ib < b->n) {
        if (ia == i) { ia++; continue; }
        if (ib == j) { ib++; continue; }
        if (a->p[ia] != b->p[ib]) return 0;
        ia++;
        ib++;
    }
    return 1;
}

/* keys_close(a, b): equal, or deletions(a) and deletions(b) meet (keys of 3+ symbols have
 * their one-deletion variants). */
static int keys_close(const Chars *a, const Chars *b) {
    if (a->n == 0 || b->n == 0) return 0;
    if (chars_eq(a, b)) return 1;
    if (a->n == b->n) {
        if (a->n < 3) return 0;
        for (Py_ssize_t i = 0; i < a->n; i++)
            for (Py_ssize_t j = 0; j < b->n; j++)
                if (both_deleted_equal(a, i, b, j)) return 1;
        return 0;
    }
    const Chars *longer = a->n > b->n ? a : b, *shorter = a->n > b->n ? b : a;
    if (longer->n != shorter->n + 1 || longer->n < 3) return 0;
    for (Py_ssize_t i = 0; i < longer->n; i++)
        if (deleted_is(longer, i, shorter)) return 1;
    return 0;
}

/* rapidfuzz fuzz.ratio(a, b) / 100.0: the Indel normalised similarity (1 - (la + lb - 2 LCS)
 * / (la + lb)), times 100, as rapidfuzz computes it. */
static double ratio(const Chars *a, const Chars *b, Py_ssize_t *work) {
    Py_ssize_t la = a->n, lb = b->n, total = la + lb;
    /* LCS, one row */
    for (Py_ssize_t j = 0; j <= lb; j++) work[j] = 0;
    for (Py_ssize_t i = 0; i < la; i++) {
        Py_ssize_t diag = 0;
        for (Py_ssize_t j = 0; j < lb; j++) {
            Py_ssize_t up = work[j + 1];
            Py_ssize_t v = a->p[i] == b->p[j] ? diag + 1 : (up > work[j] ? up : work[j]);
            diag = up;
            work[j + 1] = v;
        }
    }
    Py_ssize_t dist = total - 2 * work[lb];
    double norm_dist = total ? (double)dist / (double)total : 0.0;
    double norm_sim = 1.0 - norm_dist;
    return (norm_sim * 100) / 100.0;
}

/* _key_sim(a, b): rapidfuzz Levenshtein.normalized_similarity, 0.0 for an empty key. */
static double key_sim(const Chars *a, const Chars *b, Py_ssize_t *work) {
    if (a->n == 0 || b->n == 0) return 0.0;
    Py_ssize_t la = a->n, lb = b->n;
    for (Py_ssize_t j = 0; j <= lb; j++) work[j] = j;
    for (Py_ssize_t i = 0; i < la; i++) {
        Py_ssize_t diag = work[0];
        work[0] = i + 1;
        for (Py_ssize_t j = 0; j < lb; j++) {
            Py_ssize_t up = work[j + 1];
            Py_ssize_t v = diag + (a->p[i] != b->p[j]);
            if (up + 1 < v) v = up + 1;
            if (work[j] + 1 < v) v = work[j] + 1;
            diag = up;
            work[j + 1] = v;
        }
    }
    Py_ssize_t maximum = la > lb ? la : lb;
    double norm_dist = (double)work[lb] / (double)maximum;
    return 1.0 - norm_dist;
}

/* ---- readings and the pair similarity (token_similarity's inner loop) ---- */

/* One reading of a token: its form, its key, and (lazily) its class sequences, Latin
 * (seq[0]) and cross-script (seq[1]): a kept reading (held_readings) serves both. */
typedef struct {
    PyObject *form; /* borrowed */
    Chars f, k, seq[2];
    int have_seq[2];
} Reading;

static int reading_init(Reading *r, PyObject *form, PyObject *key) {
    r->form = form;
    r->have_seq[0] = r->have_seq[1] = 0;
    r->f.p = r->k.p = r->seq[0].p = r->seq[1].p = NULL;
    if (chars_load(&r->f, form) < 0) return -1;
    if (chars_load(&r->k, key) < 0) {
        chars_free(&r->f);
        return -1;
    }
    return 0;
}

static void reading_free(Reading *r) {
    chars_free(&r->f);
    chars_free(&r->k);
    if (r->have_seq[0]) chars_free(&r->seq[0]);
    if (r->have_seq[1]) chars_free(&r->seq[1]);
}

/* The class sequences met so far, by form (Latin, cross-script): the Python functions are
 * pure and remembered there too, but a call through them per compared form was most of the
 * comparisons' time (a dict look-up is a fraction of it). Emptied by configure() and when
 * full. */
static PyObject *seq_cache[2] = {NULL, NULL};
#define SEQ_CACHE_MAX 262144

/* The reading's class sequence (class_sequence or cross_sequence of its form, from Python's
 * remembered functions), loaded once. */
static int reading_seq(Reading *r, int cross) {
    cross = cross ? 1 : 0;
    if (r->have_seq[cross]) return 0;
    PyObject *cache = seq_cache[cross ? 1 : 0];
    PyObject *seq = cache == NULL ? NULL : PyDict_GetItemWithError(cache, r->form);
    if (seq != NULL) {
        Py_INCREF(seq);
    } else {
        if (PyErr_Occurred()) return -1;
        seq = PyObject_CallOneArg(cross ? cross_seq_fn : class_seq_fn, r->form);
        if (seq == NULL) return -1;
        if (cache != NULL && PyUnicode_CheckExact(r->form)) {
            if (PyDict_GET_SIZE(cache) >= SEQ_CACHE_MAX) PyDict_Clear(cache);
            if (PyDict_SetItem(cache, r->form, seq) < 0) {
                Py_DECREF(seq);
                return -1;
            }
        }
    }
    if (r->have_seq[cross]) { /* loaded meanwhile: the call ran Python code, and a kept
                                 * reading (held_readings) is shared by nested calls */
        Py_DECREF(seq);
        return 0;
    }
    int bad = chars_load(&r->seq[cross], seq);
    Py_DECREF(seq);
    if (bad < 0) return -1;
    r->have_seq[cross] = 1;
    return 0;
}

/* The readings of a NameToken: (form, key), then its alts. Returns the count, -1 on error. */
static Py_ssize_t token_readings(PyObject *tok, Reading **out, PyObject **keep) {
    PyObject *form = PyObject_GetAttr(tok, a_form);
    PyObject *key = form ? PyObject_GetAttr(tok, a_key) : NULL;
    PyObject *alts = key ? PyObject_GetAttr(tok, a_alts) : NULL;
    PyObject *holder = NULL;
    Py_ssize_t n = -1;
    if (alts == NULL) goto done;
    PyObject *seq_alts = PySequence_Fast(alts, "alts must be a sequence");
    if (seq_alts == NULL) goto done;
    Py_ssize_t na = PySequence_Fast_GET_SIZE(seq_alts);
    /* keep every object the readings borrow alive while they are used */
    holder = PyTuple_Pack(4, form, key, alts, seq_alts);
    Py_DECREF(seq_alts);
    if (holder == NULL) goto done;
    Reading *rs = PyMem_Malloc((size_t)(na + 1) * sizeof(Reading));
    if (rs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (reading_init(&rs[0], form, key) < 0) {
        PyMem_Free(rs);
        goto done;
    }
    PyObject *fast = PyTuple_GET_ITEM(holder, 3);
    for (Py_ssize_t i = 0; i < na; i++) {
        PyObject *alt = PySequence_Fast_GET_ITEM(fast, i);
        PyObject *alt_form = NULL, *alt_key = NULL;
        if (PyTuple_Check(alt) && PyTuple_GET_SIZE(alt) == 2) {
            alt_form = PyTuple_GET_ITEM(alt, 0);
            alt_key = PyTuple_GET_ITEM(alt, 1);
        } else if (PyList_Check(alt) && PyList_GET_SIZE(alt) == 2) {
            alt_form = PyList_GET_ITEM(alt, 0);
            alt_key = PyList_GET_ITEM(alt, 1);
        }
        if (alt_form == NULL || reading_init(&rs[i + 1], alt_form, alt_key) < 0) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "alts: (form, key) pairs");
            for (Py_ssize_t k = 0; k <= i; k++) reading_free(&rs[k]);
            PyMem_Free(rs);
            goto done;
        }
    }
    *out = rs;
    *keep = holder;
    holder = NULL;
    n = na + 1;
done:
    Py_XDECREF(holder);
    Py_XDECREF(form);
    Py_XDECREF(key);
    Py_XDECREF(alts);
    return n;
}

static void readings_free(Reading *rs, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++) reading_free(&rs[i]);
    PyMem_Free(rs);
}

/* ---- index tokens' readings, kept across calls ----
 *
 * neighbour_sims compares a new query token with every index form of a key (hundreds for a
 * short key), and the same index tokens again for the next query: reading a token (three
 * attribute look-ups, a holder tuple, the form and key copied, a dict look-up per class
 * sequence) was paid per compared form and call. Here each index token's readings are read
 * once and kept, keyed by the token object's address; the entry holds a reference to the
 * token, so the address cannot be reused while it is kept, and a NameToken is frozen, so the
 * readings stay what token_readings would read. Bounded: emptied when a call could fill it
 * past HELD_MAX (never in the middle of a call that uses it), and by configure(). */
typedef struct {
    PyObject *tok;  /* strong reference; NULL for a free slot */
    PyObject *keep; /* what the readings borrow */
    Reading *rs;
    Py_ssize_t n;
} Held;

#define HELD_SLOTS 65536 /* a power of two, twice HELD_MAX: short probe runs */
#define HELD_MAX 32768
static Held *held = NULL;
static Py_ssize_t held_count = 0;
static int held_users = 0; /* calls in progress that read kept readings (no emptying then) */
static Py_ssize_t held_reserved = 0; /* entries those calls may still add */

static void held_clear(void) {
    if (held == NULL) return;
    for (Py_ssize_t i = 0; i < HELD_SLOTS; i++) {
        if (held[i].tok != NULL) {
            readings_free(held[i].rs, held[i].n);
            Py_DECREF(held[i].keep);
            Py_DECREF(held[i].tok);
            held[i].tok = NULL;
        }
    }
    held_count = 0;
}

/* Before a call that reads up to *count* tokens through held_readings: empty the table if
 * they could overflow it (and no other call is using it); returns the entries reserved for
 * the call (0: read its tokens per form, uncached), to be passed to held_end. Calls nested
 * through Python callbacks reserve too, so the table never fills past HELD_MAX. */
static Py_ssize_t held_begin(Py_ssize_t count) {
    if (count < 1) count = 1;
    if (count > HELD_MAX) return 0;
    if (held_count + held_reserved + count > HELD_MAX) {
        if (held_users > 0) return 0;
        held_clear();
    }
    if (held == NULL) {
        held = PyMem_Calloc(HELD_SLOTS, sizeof(Held));
        if (held == NULL) return 0; /* not kept: the readings are read per form as before */
    }
    held_users++;
    held_reserved += count;
    return count;
}

static void held_end(Py_ssize_t reserved) {
    if (reserved) {
        held_users--;
        held_reserved -= reserved;
    }
}

/* The readings of index token *tok*, kept (between held_begin and held_end): the count, -1
 * on error. The caller does not free them. */
static size_t held_slot(PyObject *tok) {
    uintptr_t h = ((uintptr_t)tok >> 4) * (uintptr_t)0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 17) & (HELD_SLOTS - 1);
    while (held[i].tok != NULL && held[i].tok != tok) i = (i + 1) & (HELD_SLOTS - 1);
    return i;
}

static Py_ssize_t held_readings(PyObject *tok, Reading **out) {
    size_t i = held_slot(tok);
    if (held[i].tok == tok) {
        *out = held[i].rs;
        return held[i].n;
    }
    Reading *rs = NULL;
    PyObject *keep = NULL;
    Py_ssize_t n = token_readings(tok, &rs, &keep);
    if (n < 0) return -1;
    i = held_slot(tok); /* attribute reads run no code that could keep it; if one ever did */
    if (held[i].tok == tok) {
        readings_free(rs, n);
        Py_DECREF(keep);
        *out = held[i].rs;
        return held[i].n;
    }
    Py_INCREF(tok);
    held[i].tok = tok;
    held[i].keep = keep;
    held[i].rs = rs;
    held[i].n = n;
    held_count++;
    *out = rs;
    return n;
}

/* Scratch rows for the string programmes, long enough for both readings. */
static Py_ssize_t *work_for(Py_ssize_t n, Py_ssize_t *local, Py_ssize_t cap) {
    if (n + 1 <= cap) return local;
    Py_ssize_t *w = PyMem_Malloc((size_t)(n + 1) * sizeof(Py_ssize_t));
    if (w == NULL) PyErr_NoMemory();
    return w;
}

/* The similarity of two different readings and how it came (token_similarity's body for one
 * reading pair, after the identical-form test): *how* NULL and 0.0 when they are not compared.
 * Returns -1 on error. */
static int pair_sim(Reading *q, Reading *n, int cross, double *sim_out, PyObject **how_out) {
    *sim_out = 0.0;
    *how_out = NULL;
    /* _compared */
    if (!keys_close(&q->k, &n->k)) return 0;
    if (!cross) {
        Py_ssize_t shortest = q->f.n < n->f.n ? q->f.n : n->f.n;
        if (shortest <= MAX_EXACT_ONLY) return 0;
    }
    int same_key = chars_eq(&q->k, &n->k);
    if (cross) {
        if (reading_seq(q, 1) < 0 || reading_seq(n, 1) < 0) return -1;
        double a = aligned_sim(&q->seq[1], &n->seq[1], CROSS_INNER, CROSS_NEAR);
        if (a < 0.0) return -1;
        *sim_out = CROSS_FACTOR * a;
        *how_out = same_key ? s_key : s_cross;
        return 0;
    }
    Py_ssize_t local[STACK_CHARS + 1];
    Py_ssize_t longest = q->f.n > n->f.n ? q->f.n : n->f.n;
    if (q->k.n > longest) longest = q->k.n;
    if (n->k.n > longest) longest = n->k.n;
    Py_ssize_t *work = work_for(longest, local, STACK_CHARS + 1);
    if (work == NULL) return -1;
    double s = ratio(&q->f, &n->f, work);
    double sim;
    PyObject *how;
    int lifting = q->k.n >= MIN_LIFTING_KEY;
    if (same_key && lifting) {
        sim = 0.55 + 0.45 * (s >= 0.5 ? s : 0.5);
        how = s_key;
    } else if (same_key) {
        sim = SHORT_KEY_BASE + (1 - SHORT_KEY_BASE) * s;
        how = s_key;
    } else {
        double ks = key_sim(&q->k, &n->k, work);
        double mixed = 0.5 * ks + 0.45 * s;
        sim = s >= mixed ? s : mixed;
        how = s_fuzzy;
    }
    if (work != local) PyMem_Free(work);
    /* _latin_aligned: a short shared key pairs only forms of comparable length */
    int aligned = !same_key || lifting;
    if (!aligned) {
        Py_ssize_t la = q->f.n, lb = n->f.n;
        aligned = 2 * (la < lb ? la : lb) / (double)(la + lb) >= SHORT_KEY_RATIO;
    }
    if (aligned) {
        if (reading_seq(q, 0) < 0 || reading_seq(n, 0) < 0) return -1;
        double a = aligned_sim(&q->seq[0], &n->seq[0], LATIN_INNER, SCALE);
        if (a < 0.0) return -1;
        double spelled = LATIN_FACTOR * a;
        if (spelled > sim) {
            sim = spelled;
            how = s_vowels;
        }
    }
    *sim_out = sim;
    *how_out = how;
    return 0;
}

/* The first best (sim, how) of q's readings against n's (query readings first, a later pair
 * only when strictly better; identical forms are 1.0 "exact"): *how* NULL for no pair. */
static int best_of(Reading *qs, Py_ssize_t nq, Reading *ns, Py_ssize_t nn, int cross,
                   double *best_out, PyObject **how_out, int *exact_out) {
    double best = 0.0;
    PyObject *best_how = NULL;
    *exact_out = 0;
    for (Py_ssize_t i = 0; i < nq; i++) {
        for (Py_ssize_t j = 0; j < nn; j++) {
            if (chars_eq(&qs[i].f, &ns[j].f)) {
                *exact_out = 1;
                return 0;
            }
            double sim;
            PyObject *how;
            if (pair_sim(&qs[i], &ns[j], cross, &sim, &how) < 0) return -1;
            if (how != NULL && sim > best) {
                best = sim;
                best_how = how;
            }
        }
    }
    *best_out = best;
    *how_out = best_how;
    return 0;
}

static PyObject *pair_tuple(double sim, PyObject *how) {
    PyObject *value = PyFloat_FromDouble(sim);
    if (value == NULL) return NULL;
    Py_INCREF(how);
    PyObject *t = PyTuple_New(2);
    if (t == NULL) {
        Py_DECREF(value);
        Py_DECREF(how);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, value);
    PyTuple_SET_ITEM(t, 1, how);
    return t;
}

static int check_configured(void) {
    if (!configured) {
        PyErr_SetString(PyExc_RuntimeError, "normx._kernels.configure() was not called");
        return -1;
    }
    return 0;
}

/* token_similarity(q, n, cross_script) -> (float, str) */
static PyObject *k_token_similarity(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "token_similarity(q, n, cross_script)");
        return NULL;
    }
    if (check_configured() < 0) return NULL;
    int cross = PyObject_IsTrue(args[2]);
    if (cross < 0) return NULL;
    Reading *qs = NULL, *ns = NULL;
    PyObject *qkeep = NULL, *nkeep = NULL, *result = NULL;
    Py_ssize_t nq = token_readings(args[0], &qs, &qkeep);
    if (nq < 0) return NULL;
    Py_ssize_t nn = token_readings(args[1], &ns, &nkeep);
    if (nn >= 0) {
        double best;
        PyObject *how;
        int exact;
        if (best_of(qs, nq, ns, nn, cross, &best, &how, &exact) == 0) {
            if (exact)
                result = pair_tuple(1.0, s_exact);
            else
                result = pair_tuple(best, how == NULL ? s_none : how);
        }
        readings_free(ns, nn);
        Py_DECREF(nkeep);
    }
    readings_free(qs, nq);
    Py_DECREF(qkeep);
    return result;
}

/* token_similarities(q, names, cross_script) -> list[(float, str)] */
static PyObject *k_token_similarities(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "token_similarities(q, names, cross_script)");
        return NULL;
    }
    if (check_configured() < 0) return NULL;
    int cross = PyObject_IsTrue(args[2]);
    if (cross < 0) return NULL;
    PyObject *names = PySequence_Fast(args[1], "names must be a sequence");
    if (names == NULL) return NULL;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(names);
    Reading *qs = NULL;
    PyObject *qkeep = NULL;
    PyObject *out = NULL;
    Py_ssize_t nq = token_readings(args[0], &qs, &qkeep);
    if (nq < 0) goto fail;
    out = PyList_New(count);
    if (out == NULL) goto fail;
    for (Py_ssize_t i = 0; i < count; i++) {
        Reading *ns = NULL;
        PyObject *nkeep = NULL;
        Py_ssize_t nn = token_readings(PySequence_Fast_GET_ITEM(names, i), &ns, &nkeep);
        if (nn < 0) goto fail;
        double best;
        PyObject *how;
        int exact;
        int bad = best_of(qs, nq, ns, nn, cross, &best, &how, &exact);
        readings_free(ns, nn);
        Py_DECREF(nkeep);
        if (bad < 0) goto fail;
        PyObject *item;
        /* _single_readings keeps (sim, how) only when sim > 0.0, else _NO_PAIR */
        if (exact) {
            item = EXACT;
            Py_INCREF(item);
        } else if (how == NULL || !(best > 0.0)) {
            item = NO_PAIR;
            Py_INCREF(item);
        } else {
            item = pair_tuple(best, how);
            if (item == NULL) goto fail;
        }
        PyList_SET_ITEM(out, i, item);
    }
    readings_free(qs, nq);
    Py_DECREF(qkeep);
    Py_DECREF(names);
    return out;
fail:
    Py_XDECREF(out);
    if (qs != NULL) {
        readings_free(qs, nq);
        Py_DECREF(qkeep);
    }
    Py_DECREF(names);
    return NULL;
}

/* neighbour_sims(tok, forms, tokens, cross_script, qi, sims, best, floor) -> None
 *
 * Matcher._find_neighbours' loop over one group of index forms (tokens[i] is forms[i]'s
 * token): each form's similarity is read from the query's memo *sims* under (qi, form,
 * cross_script), or computed (token_similarities) and written there; *best* keeps each form's
 * highest similarity at or above *floor* (a later one only when strictly higher). */
static PyObject *k_neighbour_sims(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 8) {
        PyErr_SetString(PyExc_TypeError,
                        "neighbour_sims(tok, forms, tokens, cross_script, qi, sims, best, floor)");
        return NULL;
    }
    if (check_configured() < 0) return NULL;
    PyObject *tok = args[0], *cross_obj = args[3], *qi = args[4];
    PyObject *sims = args[5], *best = args[6];
    if (!PyDict_Check(sims) || !PyDict_Check(best)) {
        PyErr_SetString(PyExc_TypeError, "sims and best must be dicts");
        return NULL;
    }
    double floor = PyFloat_AsDouble(args[7]);
    if (floor == -1.0 && PyErr_Occurred()) return NULL;
    int cross = PyObject_IsTrue(cross_obj);
    if (cross < 0) return NULL;
    PyObject *forms = PySequence_Fast(args[1], "forms must be a sequence");
    if (forms == NULL) return NULL;
    PyObject *tokens = PySequence_Fast(args[2], "tokens must be a sequence");
    if (tokens == NULL) {
        Py_DECREF(forms);
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(forms);
    Reading *qs = NULL;
    PyObject *qkeep = NULL;
    Py_ssize_t nq = -1;
    int ok = 0;
    Py_ssize_t kept = 0; /* entries reserved: index tokens' readings kept (held_readings) */
    if (PySequence_Fast_GET_SIZE(tokens) != count) {
        PyErr_SetString(PyExc_ValueError, "forms and tokens differ in length");
        goto done;
    }
    kept = held_begin(count);
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *form = PySequence_Fast_GET_ITEM(forms, i);
        PyObject *key = PyTuple_Pack(3, qi, form, cross_obj);
        if (key == NULL) goto done;
        PyObject *value = PyDict_GetItemWithError(sims, key); /* borrowed */
        if (value == NULL && PyErr_Occurred()) {
            Py_DECREF(key);
            goto done;
        }
        if (value == NULL) {
            if (qs == NULL) {
                nq = token_readings(tok, &qs, &qkeep);
                if (nq < 0) {
                    Py_DECREF(key);
                    goto done;
                }
            }
            Reading *ns = NULL;
            PyObject *nkeep = NULL;
            PyObject *nt = PySequence_Fast_GET_ITEM(tokens, i);
            Py_ssize_t nn = kept ? held_readings(nt, &ns) : token_readings(nt, &ns, &nkeep);
            if (nn < 0) {
                Py_DECREF(key);
                goto done;
            }
            double b;
            PyObject *how;
            int exact;
            int bad = best_of(qs, nq, ns, nn, cross, &b, &how, &exact);
            if (!kept) {
                readings_free(ns, nn);
                Py_DECREF(nkeep);
            }
            PyObject *item = NULL;
            if (bad == 0) {
                if (exact) {
                    item = EXACT;
                    Py_INCREF(item);
                } else if (how == NULL || !(b > 0.0)) {
                    item = NO_PAIR;
                    Py_INCREF(item);
                } else {
                    item = pair_tuple(b, how);
                }
            }
            if (item == NULL || PyDict_SetItem(sims, key, item) < 0) {
                Py_XDECREF(item);
                Py_DECREF(key);
                goto done;
            }
            Py_DECREF(item); /* the memo holds it */
            value = item;
        }
        Py_DECREF(key);
        if (!PyTuple_Check(value) || PyTuple_GET_SIZE(value) < 1) {
            PyErr_SetString(PyExc_TypeError, "sims values must be (similarity, how)");
            goto done;
        }
        PyObject *sim_obj = PyTuple_GET_ITEM(value, 0);
        double sim = PyFloat_AsDouble(sim_obj);
        if (sim == -1.0 && PyErr_Occurred()) goto done;
        if (sim >= floor) {
            PyObject *prev = PyDict_GetItemWithError(best, form);
            if (prev == NULL && PyErr_Occurred()) goto done;
            double before = 0.0;
            if (prev != NULL) {
                before = PyFloat_AsDouble(prev);
                if (before == -1.0 && PyErr_Occurred()) goto done;
            }
            if (sim > before && PyDict_SetItem(best, form, sim_obj) < 0) goto done;
        }
    }
    ok = 1;
done:
    held_end(kept);
    if (qs != NULL) {
        readings_free(qs, nq);
        Py_DECREF(qkeep);
    }
    Py_DECREF(forms);
    Py_DECREF(tokens);
    if (!ok) return NULL;
    Py_RETURN_NONE;
}

/* token_options(q, n, cross_script, sims, abu, head, pair_floor, head_factor) -> list
 *
 * normx.match.score._token_options: every (qi, ni, sim, how) whose similarity is at least
 * *pair_floor*, in query-then-name order. The memo *sims* is read and written under the same
 * keys, (qi, name form, cross_script), with the same values: token_similarity (this kernel's,
 * which the Python function returns when the kernel is in use) for tokens with readings,
 * equal forms or close keys, else NO_PAIR. For a name token written "abd-..." whose similarity
 * is below *head_factor*, head(qi, qt, nt, cross_script, sims) (Python: the Abd compound's
 * head, remembered in the memo) may lift it. Tokens pair only when both or neither are of kind *abu*. */
static PyObject *k_token_options(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 8) {
        PyErr_SetString(PyExc_TypeError,
                        "token_options(q, n, cross_script, sims, abu, head, pair_floor, "
                        "head_factor)");
        return NULL;
    }
    if (check_configured() < 0) return NULL;
    PyObject *cross_obj = args[2], *sims = args[3], *abu = args[4], *head_fn = args[5];
    if (!PyTuple_Check(args[0]) || !PyTuple_Check(args[1]) || !PyDict_Check(sims)) {
        PyErr_SetString(PyExc_TypeError, "q and n must be tuples, sims a dict");
        return NULL;
    }
    double pair_floor = PyFloat_AsDouble(args[6]);
    if (pair_floor == -1.0 && PyErr_Occurred()) return NULL;
    double head_factor = PyFloat_AsDouble(args[7]);
    if (head_factor == -1.0 && PyErr_Occurred()) return NULL;
    int cross = PyObject_IsTrue(cross_obj);
    if (cross < 0) return NULL;
    PyObject *q = args[0], *n = args[1];
    Py_ssize_t lq = PyTuple_GET_SIZE(q), ln = PyTuple_GET_SIZE(n);
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    /* per name token: form, key, whether it has readings, whether Abu, whether "abd-..." */
    PyObject **nform = NULL, **nkey = NULL;
    char *nalts = NULL, *nabu = NULL, *nabd = NULL;
    int ok = 0;
    Py_ssize_t kept = held_begin(ln); /* the name tokens' readings kept across calls */
    nform = PyMem_Calloc((size_t)(ln + 1), sizeof(PyObject *));
    nkey = PyMem_Calloc((size_t)(ln + 1), sizeof(PyObject *));
    nalts = PyMem_Calloc((size_t)(ln + 1), 3);
    if (nform == NULL || nkey == NULL || nalts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    nabu = nalts + (ln + 1);
    nabd = nabu + (ln + 1);
    for (Py_ssize_t ni = 0; ni < ln; ni++) {
        PyObject *nt = PyTuple_GET_ITEM(n, ni);
        if ((nform[ni] = PyObject_GetAttr(nt, a_form)) == NULL) goto done;
        if ((nkey[ni] = PyObject_GetAttr(nt, a_key)) == NULL) goto done;
        PyObject *alts = PyObject_GetAttr(nt, a_alts);
        if (alts == NULL) goto done;
        int has = PyObject_IsTrue(alts);
        Py_DECREF(alts);
        if (has < 0) goto done;
        nalts[ni] = (char)has;
        PyObject *kind = PyObject_GetAttr(nt, a_kind);
        if (kind == NULL) goto done;
        int eq = kind == abu ? 1 : PyObject_RichCompareBool(kind, abu, Py_EQ);
        Py_DECREF(kind);
        if (eq < 0) goto done;
        nabu[ni] = (char)eq;
        if (!PyUnicode_Check(nform[ni])) {
            PyErr_SetString(PyExc_TypeError, "token forms must be str");
            goto done;
        }
        Py_ssize_t m = PyUnicode_Tailmatch(nform[ni], s_abd, 0, PY_SSIZE_T_MAX, -1);
        if (m < 0) goto done;
        nabd[ni] = (char)m;
    }
    for (Py_ssize_t qi = 0; qi < lq; qi++) {
        PyObject *qt = PyTuple_GET_ITEM(q, qi);
        PyObject *qform = NULL, *qkey = NULL, *qalts = NULL, *kind = NULL, *qi_obj = NULL;
        int q_abu, q_alts, fail = 1;
        Chars qk;
        qk.p = NULL;
        Reading *qs = NULL;
        PyObject *qkeep = NULL;
        Py_ssize_t nqs = 0;
        if ((qform = PyObject_GetAttr(qt, a_form)) == NULL) goto q_done;
        if ((qkey = PyObject_GetAttr(qt, a_key)) == NULL) goto q_done;
        if ((qalts = PyObject_GetAttr(qt, a_alts)) == NULL) goto q_done;
        if ((q_alts = PyObject_IsTrue(qalts)) < 0) goto q_done;
        if ((kind = PyObject_GetAttr(qt, a_kind)) == NULL) goto q_done;
        q_abu = kind == abu ? 1 : PyObject_RichCompareBool(kind, abu, Py_EQ);
        if (q_abu < 0) goto q_done;
        if (chars_load(&qk, qkey) < 0) {
            qk.p = NULL;
            goto q_done;
        }
        if ((qi_obj = PyLong_FromSsize_t(qi)) == NULL) goto q_done;
        for (Py_ssize_t ni = 0; ni < ln; ni++) {
            if (q_abu != nabu[ni]) continue;
            PyObject *nt = PyTuple_GET_ITEM(n, ni);
            PyObject *memo_key = PyTuple_Pack(3, qi_obj, nform[ni], cross_obj);
            if (memo_key == NULL) goto q_done;
            PyObject *found = PyDict_GetItemWithError(sims, memo_key); /* borrowed */
            if (found == NULL && PyErr_Occurred()) {
                Py_DECREF(memo_key);
                goto q_done;
            }
            if (found == NULL) {
                int compare = q_alts || nalts[ni];
                if (!compare) {
                    compare = PyUnicode_Compare(qform, nform[ni]) == 0;
                    if (PyErr_Occurred()) {
                        Py_DECREF(memo_key);
                        goto q_done;
                    }
                }
                if (!compare) {
                    Chars nk;
                    if (chars_load(&nk, nkey[ni]) < 0) {
                        Py_DECREF(memo_key);
                        goto q_done;
                    }
                    compare = keys_close(&qk, &nk);
                    chars_free(&nk);
                }
                PyObject *value = NULL;
                if (compare) {
                    /* k_token_similarity, the query token's readings read once per qi */
                    if (qs == NULL && (nqs = token_readings(qt, &qs, &qkeep)) < 0) {
                        qs = NULL;
                        Py_DECREF(memo_key);
                        goto q_done;
                    }
                    Reading *ns = NULL;
                    PyObject *nkeep = NULL;
                    Py_ssize_t nn = kept ? held_readings(nt, &ns) : token_readings(nt, &ns, &nkeep);
                    if (nn >= 0) {
                        double b;
                        PyObject *how;
                        int exact;
                        if (best_of(qs, nqs, ns, nn, cross, &b, &how, &exact) == 0)
                            value = exact ? pair_tuple(1.0, s_exact)
                                          : pair_tuple(b, how == NULL ? s_none : how);
                        if (!kept) {
                            readings_free(ns, nn);
                            Py_DECREF(nkeep);
                        }
                    }
                    if (value == NULL) {
                        Py_DECREF(memo_key);
                        goto q_done;
                    }
                } else {
                    value = NO_PAIR;
                    Py_INCREF(value);
                }
                int bad = PyDict_SetItem(sims, memo_key, value);
                Py_DECREF(value); /* the memo holds it */
                if (bad < 0) {
                    Py_DECREF(memo_key);
                    goto q_done;
                }
                found = value;
            }
            Py_DECREF(memo_key);
            if (!PyTuple_Check(found) || PyTuple_GET_SIZE(found) != 2) {
                PyErr_SetString(PyExc_TypeError, "sims values must be (similarity, how)");
                goto q_done;
            }
            PyObject *sim_obj = PyTuple_GET_ITEM(found, 0), *how = PyTuple_GET_ITEM(found, 1);
            double sim = PyFloat_AsDouble(sim_obj);
            if (sim == -1.0 && PyErr_Occurred()) goto q_done;
            PyObject *head = NULL;
            if (sim < head_factor && nabd[ni]) {
                PyObject *hargs[5] = {qi_obj, qt, nt, cross_obj, sims};
                head = PyObject_Vectorcall(head_fn, hargs, 5, NULL);
                if (head == NULL) goto q_done;
                if (!PyTuple_Check(head) || PyTuple_GET_SIZE(head) != 2) {
                    Py_DECREF(head);
                    PyErr_SetString(PyExc_TypeError, "head must return (similarity, how)");
                    goto q_done;
                }
                double hs = PyFloat_AsDouble(PyTuple_GET_ITEM(head, 0));
                if (hs == -1.0 && PyErr_Occurred()) {
                    Py_DECREF(head);
                    goto q_done;
                }
                if (hs > sim) {
                    sim = hs;
                    sim_obj = PyTuple_GET_ITEM(head, 0);
                    how = PyTuple_GET_ITEM(head, 1);
                }
            }
            if (sim >= pair_floor) {
                PyObject *ni_obj = PyLong_FromSsize_t(ni);
                PyObject *option = ni_obj ? PyTuple_Pack(4, qi_obj, ni_obj, sim_obj, how) : NULL;
                Py_XDECREF(ni_obj);
                int bad = option == NULL || PyList_Append(out, option) < 0;
                Py_XDECREF(option);
                if (bad) {
                    Py_XDECREF(head);
                    goto q_done;
                }
            }
            Py_XDECREF(head);
        }
        fail = 0;
    q_done:
        if (qs != NULL) {
            readings_free(qs, nqs);
            Py_DECREF(qkeep);
        }
        if (qk.p != NULL) chars_free(&qk);
        Py_XDECREF(qform);
        Py_XDECREF(qkey);
        Py_XDECREF(qalts);
        Py_XDECREF(kind);
        Py_XDECREF(qi_obj);
        if (fail) goto done;
    }
    ok = 1;
done:
    held_end(kept);
    if (nform != NULL)
        for (Py_ssize_t ni = 0; ni < ln; ni++) Py_XDECREF(nform[ni]);
    if (nkey != NULL)
        for (Py_ssize_t ni = 0; ni < ln; ni++) Py_XDECREF(nkey[ni]);
    PyMem_Free(nform);
    PyMem_Free(nkey);
    PyMem_Free(nalts);
    if (!ok) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ---- the ranker's upper bound of a name's score (score.score_upper_bound) ---- */

/* Read a list of n floats into out; -1 with an exception on failure. */
static int floats_of(PyObject *seq, double *out, Py_ssize_t n) {
    int list = PyList_Check(seq);
    if (!(list || PyTuple_Check(seq)) || Py_SIZE(seq) != n) {
        PyErr_SetString(PyExc_TypeError, "upper_bound: weights as lists or tuples, one per token");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        double v = PyFloat_AsDouble(list ? PyList_GET_ITEM(seq, i) : PyTuple_GET_ITEM(seq, i));
        if (v == -1.0 && PyErr_Occurred()) return -1;
        out[i] = v;
    }
    return 0;
}

/* score._coverage_bound: the same operations in the same order (rest sorted by c / d, highest
 * first, ties kept in token order as Python's stable sort with reverse=True keeps them); with
 * *bases* (the query's; NULL for a name), a token whose base is *generic* (a generic place
 * word) counts as inner wherever it stands. */
static int coverage_bound(const double *weights, double total, const double *best, Py_ssize_t n,
                          double discount, const double *bases, double generic, double *rc,
                          double *rd, double *out) {
    Py_ssize_t last = n - 1, nrest = 0;
    double num = 0.0, den = total;
    for (Py_ssize_t i = 0; i < n; i++) {
        double c = best[i];
        if ((0 < i && i < last) || (bases != NULL && bases[i] == generic)) {
            double d = discount * weights[i];
            den -= d;
            if (c >= d) {
                num += c;
                den += d;
            } else if (c != 0.0) {
                /* insert by key c / d descending, after every key >= it (stable) */
                double key = c / d;
                Py_ssize_t at = nrest;
                while (at > 0 && rc[at - 1] / rd[at - 1] < key) {
                    rc[at] = rc[at - 1];
                    rd[at] = rd[at - 1];
                    at--;
                }
                rc[at] = c;
                rd[at] = d;
                nrest++;
            }
        } else {
            num += c;
        }
    }
    if (den == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
        return -1;
    }
    double r = num / den;
    for (Py_ssize_t k = 0; k < nrest; k++) {
        num += rc[k];
        den += rd[k];
        if (den == 0.0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
            return -1;
        }
        if (num / den > r) r = num / den;
    }
    *out = r;
    return 0;
}

/* upper_bound(options, wq, wq_total, q_core, bq, wn, wn_total, n_core, bn, person,
 * cross_script, constants) -> float: score._bound_of (score_upper_bound once the two sides are
 * weighed), constants = (WEAK_PAIR_KNEE, WEAK_PAIR_SLOPE, CHAIN_DISCOUNT, INNER_DISCOUNT,
 * NAME_INNER_DISCOUNT, NAME_RECALL_WEIGHT, SURNAME_PENALTY, SINGLE_TOKEN_EXACT,
 * SINGLE_TOKEN_FACTOR, CHAIN_END_WEIGHT, CHAIN_END_CROSS, GENERIC_WEIGHT). Every float
 * operation is the Python reference's, in its order. */
static PyObject *k_upper_bound(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 12) {
        PyErr_SetString(PyExc_TypeError,
                        "upper_bound(options, wq, wq_total, q_core, bq, wn, wn_total, n_core, "
                        "bn, person, cross_script, constants)");
        return NULL;
    }
    PyObject *options = args[0], *consts = args[11];
    if (!PyList_Check(options) || !(PyList_Check(args[1]) || PyTuple_Check(args[1])) ||
        !(PyList_Check(args[5]) || PyTuple_Check(args[5])) || !PyTuple_Check(consts) ||
        PyTuple_GET_SIZE(consts) != 12) {
        PyErr_SetString(PyExc_TypeError, "upper_bound: options and weights lists, 12 constants");
        return NULL;
    }
    Py_ssize_t no = PyList_GET_SIZE(options);
    if (no == 0) return PyFloat_FromDouble(0.0);
    double c[12];
    for (int k = 0; k < 12; k++) {
        c[k] = PyFloat_AsDouble(PyTuple_GET_ITEM(consts, k));
        if (c[k] == -1.0 && PyErr_Occurred()) return NULL;
    }
    double KNEE = c[0], SLOPE = c[1], CHAIN_D = c[2], INNER_D = c[3], NAME_INNER_D = c[4];
    double RECALL_W = c[5], SURNAME_P = c[6], ONE_EXACT = c[7], ONE_FACTOR = c[8];
    double END_WEIGHT = c[9], END_CROSS = c[10], GENERIC = c[11];
    Py_ssize_t lq = Py_SIZE(args[1]), ln = Py_SIZE(args[5]);
    double wq_total = PyFloat_AsDouble(args[2]);
    if (wq_total == -1.0 && PyErr_Occurred()) return NULL;
    double wn_total = PyFloat_AsDouble(args[6]);
    if (wn_total == -1.0 && PyErr_Occurred()) return NULL;
    Py_ssize_t q_core = PyLong_AsSsize_t(args[3]);
    if (q_core == -1 && PyErr_Occurred()) return NULL;
    Py_ssize_t n_core = PyLong_AsSsize_t(args[7]);
    if (n_core == -1 && PyErr_Occurred()) return NULL;
    int person = PyObject_IsTrue(args[9]);
    if (person < 0) return NULL;
    int cross = PyObject_IsTrue(args[10]);
    if (cross < 0) return NULL;
    /* wq bq best_q | wn bn best_n paired | two scratch rows for the coverage's rest */
    Py_ssize_t m = lq > ln ? lq : ln;
    /* ... | the query parts with an exact option */
    double *buf = PyMem_Malloc(sizeof(double) * (size_t)(4 * lq + 4 * ln + 2 * m + 4));
    if (buf == NULL) return PyErr_NoMemory();
    double *wq = buf, *bq = wq + lq, *best_q = bq + lq;
    double *wn = best_q + lq, *bn = wn + ln, *best_n = bn + ln, *paired = best_n + ln;
    double *rc = paired + ln, *rd = rc + m + 1, *exact_q = rd + m + 1;
    PyObject *result = NULL;
    if (floats_of(args[1], wq, lq) < 0 || floats_of(args[4], bq, lq) < 0 ||
        floats_of(args[5], wn, ln) < 0 || floats_of(args[8], bn, ln) < 0)
        goto done;
    for (Py_ssize_t i = 0; i < lq; i++) best_q[i] = exact_q[i] = 0.0;
    for (Py_ssize_t i = 0; i < ln; i++) best_n[i] = paired[i] = 0.0;
    Py_ssize_t chances = lq * ln;
    double strong = cross ? END_CROSS : KNEE;
    int exact_last = 0, end_first = 0, end_last = 0;
    for (Py_ssize_t k = 0; k < no; k++) {
        PyObject *op = PyList_GET_ITEM(options, k);
        if (!PyTuple_Check(op) || PyTuple_GET_SIZE(op) != 4) {
            PyErr_SetString(PyExc_TypeError, "upper_bound: options are (qi, ni, sim, how)");
            goto done;
        }
        Py_ssize_t qi = PyLong_AsSsize_t(PyTuple_GET_ITEM(op, 0));
        Py_ssize_t ni = PyLong_AsSsize_t(PyTuple_GET_ITEM(op, 1));
        if ((qi == -1 || ni == -1) && PyErr_Occurred()) goto done;
        if (qi < 0 || qi >= lq || ni < 0 || ni >= ln) {
            PyErr_SetString(PyExc_IndexError, "upper_bound: option index out of range");
            goto done;
        }
        double raw = PyFloat_AsDouble(PyTuple_GET_ITEM(op, 2));
        if (raw == -1.0 && PyErr_Occurred()) goto done;
        PyObject *how = PyTuple_GET_ITEM(op, 3);
        /* pair_evidence */
        double sim = raw;
        if (!(cross || raw >= KNEE || chances <= 1)) {
            double slope = SLOPE * (1.0 - 1.0 / (double)chances);
            double e = raw - slope * (KNEE - raw);
            sim = e > 0.0 ? e : 0.0; /* max(0.0, e) */
        }
        double a = bq[qi], b = bn[ni], cq, cn;
        if (a <= b) {
            cq = sim * wq[qi];
            cn = sim * wn[ni] * (a / b);
        } else {
            cq = sim * wq[qi] * (b / a);
            cn = sim * wn[ni];
        }
        if (cq > best_q[qi]) best_q[qi] = cq;
        if (cn > best_n[ni]) best_n[ni] = cn;
        if (how == s_exact || (PyUnicode_Check(how) &&
                               PyUnicode_CompareWithASCIIString(how, "exact") == 0)) {
            exact_q[qi] = 1.0;
            if (ni == ln - 1) exact_last = 1;
        }
        /* _chain_possible's facts: which name parts pair, and the strong end pairs */
        paired[ni] = 1.0;
        if (raw >= strong) {
            if (qi == 0 && ni == 0) end_first = 1;
            if (qi == lq - 1 && ni == ln - 1) end_last = 1;
        }
    }
    double discount = INNER_D;
    if (person) { /* _chain_possible */
        Py_ssize_t last_q = lq - 1, last_n = ln - 1;
        int possible = !(last_q < 2 || last_n < 1 || wq[0] + wq[last_q] < END_WEIGHT);
        if (possible) {
            for (Py_ssize_t i = 0; i < ln; i++)
                if (paired[i] == 0.0) possible = 0;
        }
        if (possible && end_first && end_last) discount = CHAIN_D;
    }
    double precision, recall;
    if (coverage_bound(wq, wq_total, best_q, lq, discount, bq, GENERIC, rc, rd, &precision) < 0)
        goto done;
    if (coverage_bound(wn, wn_total, best_n, ln, NAME_INNER_D, NULL, GENERIC, rc, rd, &recall) < 0)
        goto done;
    double capped = recall < 1.0 ? recall : 1.0; /* min(1.0, recall) */
    double score = precision * (1.0 - RECALL_W + RECALL_W * capped);
    if (person && lq > 1 && ln > 1 && best_n[ln - 1] == 0.0) {
        int unpaired = 0;
        for (Py_ssize_t i = 0; i < lq; i++)
            if (best_q[i] == 0.0) unpaired = 1;
        if (unpaired) score -= SURNAME_P;
    }
    if (q_core == 1 && n_core > 1) {
        /* the exact cap needs every query part paired exactly, a person's surname among them */
        int exact = !person || exact_last;
        for (Py_ssize_t i = 0; i < lq; i++)
            if (exact_q[i] == 0.0) exact = 0;
        if (exact) {
            double lo = ONE_EXACT < score ? ONE_EXACT : score; /* min(score, exact cap) */
            double hi = score * ONE_FACTOR;
            score = hi > lo ? hi : lo; /* max(lo, hi) */
        } else {
            score *= ONE_FACTOR;
        }
    } else if (q_core == 0 && n_core > 0) {
        score *= ONE_FACTOR;
    }
    double top = 1.0 < score ? 1.0 : score; /* min(1.0, score) */
    result = PyFloat_FromDouble(top > 0.0 ? top : 0.0);
done:
    PyMem_Free(buf);
    return result;
}

/* ---- the ranker's test of one name (score.options_within) ---- */

/* options_within(q, abu, head, pair_floor, head_factor, query_side, side_memo, side_fn, weigh,
 *                slack, constants, n, cross_script, sims, person, floor) -> list | None
 *
 * score.options_within in one call: token_options (the same memo reads and writes), then,
 * when there are options, upper_bound over them with the query's side (wq, wq_total, q_core,
 * bq) and the name's (read from score._NAME_SIDE, *side_memo*, when it holds this tuple for
 * these weights, else side_fn(n, weigh)); None when bound + slack < floor (no options: bound
 * 0.0), else the options. The same calls on the same values as the Python function, so the
 * same floats. The query's arguments come first, so that the ranker binds them once per query
 * (functools.partial) and passes the name's five for each of the ~40 names it reaches. */
static PyObject *k_options_within(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 16) {
        PyErr_SetString(PyExc_TypeError,
                        "options_within(q, abu, head, pair_floor, head_factor, query_side, "
                        "side_memo, side_fn, weigh, slack, constants, n, cross_script, sims, "
                        "person, floor)");
        return NULL;
    }
    PyObject *qside = args[5], *memo = args[6], *side_fn = args[7], *weigh = args[8];
    PyObject *n = args[11], *cross_obj = args[12];
    if (!PyTuple_Check(qside) || PyTuple_GET_SIZE(qside) != 4 || !PyDict_Check(memo)) {
        PyErr_SetString(PyExc_TypeError, "options_within: query_side a 4-tuple, side_memo a dict");
        return NULL;
    }
    double slack = PyFloat_AsDouble(args[9]);
    if (slack == -1.0 && PyErr_Occurred()) return NULL;
    double floor = PyFloat_AsDouble(args[15]);
    if (floor == -1.0 && PyErr_Occurred()) return NULL;
    PyObject *targs[8] = {args[0], n, cross_obj, args[13], args[1], args[2], args[3], args[4]};
    PyObject *options = k_token_options(self, targs, 8);
    if (options == NULL) return NULL;
    double bound = 0.0;
    if (PyList_GET_SIZE(options) > 0) {
        PyObject *side = NULL;
        PyObject *id = PyLong_FromVoidPtr(n);
        if (id == NULL) goto fail;
        PyObject *found = PyDict_GetItemWithError(memo, id); /* borrowed */
        Py_DECREF(id);
        if (found == NULL && PyErr_Occurred()) goto fail;
        if (found != NULL && PyTuple_Check(found) && PyTuple_GET_SIZE(found) == 3 &&
            PyTuple_GET_ITEM(found, 0) == n && PyTuple_GET_ITEM(found, 1) == weigh) {
            side = PyTuple_GET_ITEM(found, 2);
            Py_INCREF(side);
        } else {
            PyObject *cargs[2] = {n, weigh};
            side = PyObject_Vectorcall(side_fn, cargs, 2, NULL);
            if (side == NULL) goto fail;
        }
        if (!PyTuple_Check(side) || PyTuple_GET_SIZE(side) != 4) {
            Py_DECREF(side);
            PyErr_SetString(PyExc_TypeError, "options_within: a name side is a 4-tuple");
            goto fail;
        }
        PyObject *bargs[12] = {
            options,
            PyTuple_GET_ITEM(qside, 0), PyTuple_GET_ITEM(qside, 1),
            PyTuple_GET_ITEM(qside, 2), PyTuple_GET_ITEM(qside, 3),
            PyTuple_GET_ITEM(side, 0), PyTuple_GET_ITEM(side, 1),
            PyTuple_GET_ITEM(side, 2), PyTuple_GET_ITEM(side, 3),
            args[14], cross_obj, args[10],
        };
        PyObject *b = k_upper_bound(self, bargs, 12);
        Py_DECREF(side);
        if (b == NULL) goto fail;
        bound = PyFloat_AsDouble(b);
        Py_DECREF(b);
        if (bound == -1.0 && PyErr_Occurred()) goto fail;
    }
    if (bound + slack < floor) {
        Py_DECREF(options);
        Py_RETURN_NONE;
    }
    return options;
fail:
    Py_DECREF(options);
    return NULL;
}

/* ---- the names a token reaches (Matcher._token_postings) ---- */

/* Sort n non-negative ints (at most *top*) ascending; tmp holds n ints. Radix sort by bytes
 * (a token reaches up to ~12k names: a comparison sort with a callback cost more than the
 * numpy sort it replaces), insertion sort for a few. */
static void sort_names(int *a, int *tmp, Py_ssize_t n, int top) {
    if (n < 48) {
        for (Py_ssize_t i = 1; i < n; i++) {
            int v = a[i];
            Py_ssize_t j = i;
            for (; j > 0 && a[j - 1] > v; j--) a[j] = a[j - 1];
            a[j] = v;
        }
        return;
    }
    int *src = a, *dst = tmp;
    for (int shift = 0; shift < 32 && (top >> shift) > 0; shift += 8) {
        Py_ssize_t count[257] = {0};
        for (Py_ssize_t i = 0; i < n; i++) count[((src[i] >> shift) & 255) + 1]++;
        for (int k = 0; k < 256; k++) count[k + 1] += count[k];
        for (Py_ssize_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 255]++] = src[i];
        int *t = src;
        src = dst;
        dst = t;
    }
    if (src != a) memcpy(a, src, (size_t)n * sizeof(int));
}

/* distinct_postings(ids, slices, marks, names, codes) -> count
 *
 * The names listed in ids[a:b] for the (a, b) of *slices*, each once and ascending, into
 * *names*, and for each the index of the first slice that lists it into *codes*: what
 * np.unique(concatenated, return_index=True) and the slice of each first occurrence give.
 * *marks* is a zeroed int32 array over all names, left zeroed; ids, names and codes are
 * int32 (names and codes at least as long as the slices together). */
static PyObject *k_distinct_postings(PyObject *self, PyObject *args) {
    Py_buffer ids, marks, names, codes;
    PyObject *slices;
    if (!PyArg_ParseTuple(args, "y*Ow*w*w*", &ids, &slices, &marks, &names, &codes)) return NULL;
    PyObject *result = NULL;
    PyObject *fast = NULL;
    if (ids.len % 4 || marks.len % 4 || names.len % 4 || codes.len % 4) {
        PyErr_SetString(PyExc_TypeError, "distinct_postings: int32 arrays expected");
        goto done;
    }
    const int *id = ids.buf;
    int *mark = marks.buf, *out = names.buf, *code = codes.buf;
    Py_ssize_t n_ids = ids.len / 4, n_marks = marks.len / 4, cap = names.len / 4;
    if (codes.len / 4 < cap) cap = codes.len / 4;
    fast = PySequence_Fast(slices, "slices must be a sequence");
    if (fast == NULL) goto done;
    Py_ssize_t n_slices = PySequence_Fast_GET_SIZE(fast);
    Py_ssize_t count = 0;
    int top = 0;
    for (Py_ssize_t s = 0; s < n_slices; s++) {
        PyObject *span = PySequence_Fast_GET_ITEM(fast, s);
        Py_ssize_t a, b;
        if (!PyTuple_Check(span) || !PyArg_ParseTuple(span, "nn", &a, &b)) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "slices: (start, end)");
            break;
        }
        if (a < 0 || b > n_ids || a > b) {
            PyErr_SetString(PyExc_IndexError, "distinct_postings: slice out of range");
            break;
        }
        for (Py_ssize_t k = a; k < b; k++) {
            int name = id[k];
            if (name < 0 || name >= n_marks) {
                PyErr_SetString(PyExc_IndexError, "distinct_postings: name out of range");
                goto undo;
            }
            if (mark[name] == 0) {
                if (count >= cap) {
                    PyErr_SetString(PyExc_ValueError, "distinct_postings: output too short");
                    goto undo;
                }
                mark[name] = (int)(s + 1);
                out[count++] = name;
                if (name > top) top = name;
            }
        }
    }
    if (PyErr_Occurred()) goto undo;
    sort_names(out, code, count, top); /* codes serve as scratch until they are written */
    for (Py_ssize_t j = 0; j < count; j++) {
        code[j] = mark[out[j]] - 1;
        mark[out[j]] = 0;
    }
    result = PyLong_FromSsize_t(count);
    goto done;
undo: /* leave the marks zeroed, as the caller keeps them */
    for (Py_ssize_t j = 0; j < count; j++) mark[out[j]] = 0;
done:
    Py_XDECREF(fast);
    PyBuffer_Release(&ids);
    PyBuffer_Release(&marks);
    PyBuffer_Release(&names);
    PyBuffer_Release(&codes);
    return result;
}

/* bound_add(names, codes, table, weight, acc, found, reached, count, lift_only, ends, end_sim)
 *     -> count
 *
 * One query token's step of Matcher._bounds over the names it reaches (distinct; codes[i] is
 * names[i]'s form, table the forms' similarities): each name's similarity times *weight* is
 * added to acc[name]; a name not found before is flagged in *found* and appended to
 * reached[count:] (the order found, as the numpy step's list of fresh arrays gives), unless
 * *lift_only*, when only names already found are added to (what _Postings.among picks). With
 * *end_sim* >= 0 the token is a query end: ends[name] += 1 for each name added to whose
 * similarity is at least end_sim. The same float operations as the numpy step (weight * sim,
 * then one addition per name; -ffp-contract=off). int32 names and reached, uint8 or int32
 * codes, float64 table and acc, uint8 (bool) found and ends. */
static PyObject *k_bound_add(PyObject *self, PyObject *args) {
    Py_buffer names, codes, table, acc, found, reached, ends;
    double weight, end_sim;
    Py_ssize_t count;
    int lift_only;
    if (!PyArg_ParseTuple(args, "y*y*y*dw*w*w*npw*d", &names, &codes, &table, &weight, &acc,
                          &found, &reached, &count, &lift_only, &ends, &end_sim))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = names.len / 4, n_table = table.len / 8, n_acc = acc.len / 8;
    Py_ssize_t cap = reached.len / 4;
    Py_ssize_t width = n > 0 ? codes.len / n : 1;
    if (names.len % 4 || table.len % 8 || acc.len % 8 || reached.len % 4 ||
        (width != 1 && width != 4) || codes.len != n * width || found.len != n_acc ||
        ends.len != n_acc || count < 0 || count > cap) {
        PyErr_SetString(PyExc_TypeError, "bound_add: arrays of the wrong type or size");
        goto done;
    }
    const int *name = names.buf;
    const unsigned char *code8 = codes.buf;
    const int *code32 = codes.buf;
    const double *sim = table.buf;
    double *sum = acc.buf;
    unsigned char *flag = found.buf, *end = ends.buf;
    int *out = reached.buf;
    Py_ssize_t fresh = 0;
    for (Py_ssize_t i = 0; i < n; i++) { /* checked first: nothing is written on bad input */
        Py_ssize_t c = width == 1 ? code8[i] : code32[i];
        if (name[i] < 0 || name[i] >= n_acc || c < 0 || c >= n_table) {
            PyErr_SetString(PyExc_IndexError, "bound_add: name or code out of range");
            goto done;
        }
        fresh += !flag[name[i]];
    }
    if (!lift_only && count + fresh > cap) { /* distinct names fit: reached spans all names */
        PyErr_SetString(PyExc_ValueError, "bound_add: reached is too short");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int at = name[i];
        if (!flag[at]) {
            if (lift_only) continue;
            flag[at] = 1;
            out[count++] = at;
        }
        double s = sim[width == 1 ? code8[i] : code32[i]];
        sum[at] += weight * s;
        if (end_sim >= 0.0 && s >= end_sim) end[at]++;
    }
    result = PyLong_FromSsize_t(count);
done:
    PyBuffer_Release(&names);
    PyBuffer_Release(&codes);
    PyBuffer_Release(&table);
    PyBuffer_Release(&acc);
    PyBuffer_Release(&found);
    PyBuffer_Release(&reached);
    PyBuffer_Release(&ends);
    return result;
}

/* Small entry points for the tests: one alignment, keys_close, ratio, key similarity. */

static PyObject *k_aligned_similarity(PyObject *self, PyObject *args) {
    PyObject *x, *y;
    long inner, near;
    if (!PyArg_ParseTuple(args, "UUll", &x, &y, &inner, &near)) return NULL;
    if (check_configured() < 0) return NULL;
    Chars cx, cy;
    cx.p = cy.p = NULL;
    if (chars_load(&cx, x) < 0) return NULL;
    if (chars_load(&cy, y) < 0) {
        chars_free(&cx);
        return NULL;
    }
    double sim = aligned_sim(&cx, &cy, inner, near);
    chars_free(&cx);
    chars_free(&cy);
    if (sim < 0.0) return NULL;
    return PyFloat_FromDouble(sim);
}

static PyObject *k_strings(PyObject *args, int which) {
    PyObject *x, *y;
    if (!PyArg_ParseTuple(args, "UU", &x, &y)) return NULL;
    Chars cx, cy;
    cx.p = cy.p = NULL;
    if (chars_load(&cx, x) < 0) return NULL;
    if (chars_load(&cy, y) < 0) {
        chars_free(&cx);
        return NULL;
    }
    PyObject *result = NULL;
    if (which == 0) {
        result = PyBool_FromLong(keys_close(&cx, &cy));
    } else {
        Py_ssize_t local[STACK_CHARS + 1];
        Py_ssize_t longest = cx.n > cy.n ? cx.n : cy.n;
        Py_ssize_t *work = work_for(longest, local, STACK_CHARS + 1);
        if (work != NULL) {
            result = PyFloat_FromDouble(which == 1 ? ratio(&cx, &cy, work) : key_sim(&cx, &cy, work));
            if (work != local) PyMem_Free(work);
        }
    }
    chars_free(&cx);
    chars_free(&cy);
    return result;
}

/* held_count() -> the index tokens whose readings are kept (held_readings), for the tests. */
static PyObject *k_held_count(PyObject *self, PyObject *unused) {
    return PyLong_FromSsize_t(held_count);
}

static PyObject *k_keys_close(PyObject *self, PyObject *args) { return k_strings(args, 0); }
static PyObject *k_ratio(PyObject *self, PyObject *args) { return k_strings(args, 1); }
static PyObject *k_key_sim(PyObject *self, PyObject *args) { return k_strings(args, 2); }

/* configure(units, near_pairs, factors, lengths, class_sequence, cross_sequence, no_pair,
 * exact): units = (SCALE, EDGE, H, QUALITY, NEUTRAL, LATIN_INNER, CROSS_INNER, CROSS_NEAR),
 * near_pairs a str of symbol pairs, factors = (CROSS_SCRIPT_FACTOR, LATIN_ALIGN_FACTOR,
 * SHORT_KEY_BASE, SHORT_KEY_RATIO), lengths = (MIN_LIFTING_KEY, MAX_EXACT_ONLY), silent the
 * SILENT_END symbol. */
static PyObject *k_configure(PyObject *self, PyObject *args) {
    long u[8];
    PyObject *pairs, *cs, *xs, *no_pair, *exact, *silent;
    double f[4];
    Py_ssize_t lift, exact_only;
    if (!PyArg_ParseTuple(args, "(llllllll)U(dddd)(nn)UOOO!O!", &u[0], &u[1], &u[2], &u[3],
                          &u[4], &u[5], &u[6], &u[7], &pairs, &f[0], &f[1], &f[2], &f[3], &lift,
                          &exact_only, &silent, &cs, &xs, &PyTuple_Type, &no_pair, &PyTuple_Type,
                          &exact))
        return NULL;
    Py_ssize_t np = PyUnicode_GET_LENGTH(pairs);
    if (np % 2 != 0 || np / 2 > MAX_NEAR || PyUnicode_GET_LENGTH(silent) != 1) {
        PyErr_SetString(PyExc_ValueError, "configure: bad near pairs or silent symbol");
        return NULL;
    }
    SCALE = u[0], EDGE = u[1], H_UNITS = u[2], QUALITY = u[3], NEUTRAL = u[4];
    LATIN_INNER = u[5], CROSS_INNER = u[6], CROSS_NEAR = u[7];
    n_near = (int)(np / 2);
    for (int k = 0; k < n_near; k++) {
        near_a[k] = PyUnicode_READ_CHAR(pairs, 2 * k);
        near_b[k] = PyUnicode_READ_CHAR(pairs, 2 * k + 1);
    }
    SILENT = PyUnicode_READ_CHAR(silent, 0);
    CROSS_FACTOR = f[0], LATIN_FACTOR = f[1], SHORT_KEY_BASE = f[2], SHORT_KEY_RATIO = f[3];
    MIN_LIFTING_KEY = lift, MAX_EXACT_ONLY = exact_only;
    if (held_users > 0) {
        PyErr_SetString(PyExc_RuntimeError, "configure: called inside a kernel call");
        return NULL;
    }
    held_clear(); /* readings whose class sequences the functions configured before made */
    for (int k = 0; k < 2; k++) { /* sequences of the functions configured before: gone */
        PyObject *fresh = PyDict_New();
        if (fresh == NULL) return NULL;
        Py_XSETREF(seq_cache[k], fresh);
    }
    Py_INCREF(cs);
    Py_XSETREF(class_seq_fn, cs);
    Py_INCREF(xs);
    Py_XSETREF(cross_seq_fn, xs);
    Py_INCREF(no_pair);
    Py_XSETREF(NO_PAIR, no_pair);
    Py_INCREF(exact);
    Py_XSETREF(EXACT, exact);
    configured = 1;
    Py_RETURN_NONE;
}

/* ---- the tokenizer's word loop (normx.detect.tokens.tokenize, h-cspeed19) ----
 *
 * Why: tokenize's Python loop ran once per word of every document (~92k words in the article
 * benchmark), and most words are skipped after one dict look-up; the loop itself was ~11% of
 * a cached canonicalize pass. Here the same loop runs without the interpreter. The Python
 * function (normx.detect.tokens._tokenize_python) is the reference; every branch below names
 * the Python expression it mirrors, and tests/detect/test_tokenize_kernel.py checks that both
 * give the same tokens on any text. The rare paths call back into Python: a word met for the
 * first time (its class, its token fields) and a lower-case word a keep list holds (whether it
 * is kept, and the modifier before a head noun), so the rules live in one place.
 */

#define TK_SET_MAX 32
typedef struct {
    Py_UCS4 c[TK_SET_MAX];
    int n;
} TkSet;

/* The characters of *s* (a str of at most TK_SET_MAX characters); 0 or -1 with an error. */
static int tkset_load(TkSet *set, PyObject *s) {
    if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) > TK_SET_MAX) {
        PyErr_SetString(PyExc_TypeError, "tokenize_words: a character set must be a short str");
        return -1;
    }
    set->n = (int)PyUnicode_GET_LENGTH(s);
    for (int i = 0; i < set->n; i++) set->c[i] = PyUnicode_READ_CHAR(s, i);
    return 0;
}

static inline int tk_in(const TkSet *set, Py_UCS4 ch) {
    for (int i = 0; i < set->n; i++)
        if (set->c[i] == ch) return 1;
    return 0;
}

/* [^\W_]: a letter or digit to the regex (str.isalnum), ASCII answered without the Unicode
 * tables (most characters of English news). */
static inline int tk_alnum(Py_UCS4 ch) {
    if (ch < 128)
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    return Py_UNICODE_ISALNUM(ch);
}

/* [A-ZÀ-ÖØ-Þ]: the capital an elision's apostrophe must stand before (tokens._ELISION). */
static inline int tk_elision_capital(Py_UCS4 ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 0xC0 && ch <= 0xD6) || (ch >= 0xD8 && ch <= 0xDE);
}

/* The end of the elision at *a* (tokens._ELISION: qu|jusqu|lorsqu|puisqu|[ldjsnmtc]|L after no
 * letter or digit, an apostrophe and a capital next), or -1. Some apostrophes are letters to
 * the regex (ʿ, ʾ): the elision then ends inside a run of letters ("lʿAbd" is "l", "ʿAbd"). */
static Py_ssize_t tk_elision_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t a,
                                 const TkSet *apos) {
    static const char *const words[] = {"qu", "jusqu", "lorsqu", "puisqu", "l", "d", "j",
                                        "s",  "n",     "m",      "t",      "c", "L", NULL};
    if (a > 0 && tk_alnum(PyUnicode_READ(kind, data, a - 1))) return -1;
    for (int w = 0; words[w] != NULL; w++) {
        Py_ssize_t len = (Py_ssize_t)strlen(words[w]), b = a + len;
        if (b + 1 >= n) continue;
        Py_ssize_t i = 0;
        while (i < len && PyUnicode_READ(kind, data, a + i) == (Py_UCS4)words[w][i]) i++;
        if (i == len && tk_in(apos, PyUnicode_READ(kind, data, b)) &&
            tk_elision_capital(PyUnicode_READ(kind, data, b + 1)))
            return b;
    }
    return -1;
}

enum { TK_APOS, TK_HYPHENS, TK_SPACE, TK_SKIP_BACK, TK_SENTENCE_END, TK_QUOTES, TK_NSETS };
enum { TK_SKIP = 0, TK_KEEP = 1, TK_LISTED = 2, TK_BRIDGE = 3 };

/* Call fn(*argv) and return its int value; -1 with an error set on failure. */
static long tk_call_int(PyObject *fn, PyObject *const *argv, size_t argc) {
    PyObject *r = PyObject_Vectorcall(fn, argv, argc, NULL);
    if (r == NULL) return -1;
    long v = PyLong_AsLong(r);
    Py_DECREF(r);
    return v;
}

/* tokenize_words(text, classes, keep, word_class, word_info, info_fn, listed, token_type,
 * sets) -> list of token_type: normx.detect.tokens._tokenize_python(text, keep) with
 * classes = keep.classes (None without keep), word_class = tokens._word_class, word_info =
 * tokens._WORD_INFO, info_fn = tokens._word_info, listed = tokens._listed_kept and sets =
 * (APOSTROPHES, HYPHENS, _SPACE, _SKIP_BACK, _SENTENCE_END, the quotes before a plural
 * possessive). */
static PyObject *k_tokenize_words(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 9) {
        PyErr_SetString(PyExc_TypeError, "tokenize_words takes 9 arguments");
        return NULL;
    }
    PyObject *text = args[0], *classes = args[1], *keep = args[2], *class_fn = args[3];
    PyObject *info = args[4], *info_fn = args[5], *listed_fn = args[6], *sets_arg = args[8];
    if (!PyUnicode_Check(text) || (classes != Py_None && !PyDict_Check(classes)) ||
        !PyDict_Check(info) || !PyType_Check(args[7]) || !PyTuple_Check(sets_arg) ||
        PyTuple_GET_SIZE(sets_arg) != TK_NSETS) {
        PyErr_SetString(PyExc_TypeError, "tokenize_words: bad arguments");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL; /* a legacy str's characters made readable */
    PyTypeObject *token_type = (PyTypeObject *)args[7];
    if (!PyType_IsSubtype(token_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "tokenize_words: token_type must be a tuple type");
        return NULL;
    }
    TkSet sets[TK_NSETS];
    for (int k = 0; k < TK_NSETS; k++)
        if (tkset_load(&sets[k], PyTuple_GET_ITEM(sets_arg, k)) < 0) return NULL;
    const TkSet *apos = &sets[TK_APOS], *hyphens = &sets[TK_HYPHENS], *space = &sets[TK_SPACE];
    const TkSet *skip_back = &sets[TK_SKIP_BACK], *sentence_end = &sets[TK_SENTENCE_END];

    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
#define TK_AT(j) PyUnicode_READ(kind, data, (j))

    PyObject *tokens = PyList_New(0);
    if (tokens == NULL) return NULL;
    PyObject *prev_word = NULL; /* owned: the previous word of the text, kept or not */
    PyObject *word = NULL, *fresh_info = NULL;
    Py_ssize_t i = 0;
    int prev_kept = 0;

    for (;;) {
        Py_ssize_t g = i; /* the gap since the previous word: text[g:start] */
        while (i < n && !tk_alnum(TK_AT(i))) i++;
        if (i >= n) break;
        Py_ssize_t start = i;
        /* _ELISION is tried first, then _PLAIN_WORD: [^\W_]+(?:[APOSTROPHES][^\W_]+)* */
        Py_ssize_t elided = tk_elision_end(kind, data, n, start, apos);
        if (elided >= 0) {
            i = elided;
        } else {
            while (i < n && tk_alnum(TK_AT(i))) i++;
            while (i + 1 < n && tk_in(apos, TK_AT(i)) && tk_alnum(TK_AT(i + 1))) {
                i++;
                while (i < n && tk_alnum(TK_AT(i))) i++;
            }
        }
        Py_ssize_t end = i;
        word = PyUnicode_Substring(text, start, end);
        if (word == NULL) goto fail;

        long cls = TK_KEEP;
        if (classes != Py_None) {
            PyObject *c = PyDict_GetItemWithError(classes, word); /* borrowed */
            if (c != NULL) {
                cls = PyLong_AsLong(c);
            } else {
                if (PyErr_Occurred()) goto fail;
                PyObject *argv[2] = {word, keep};
                cls = tk_call_int(class_fn, argv, 2);
            }
            if (cls == -1 && PyErr_Occurred()) goto fail;
        }
        if (cls != TK_KEEP) {
            if (cls == TK_SKIP || (cls == TK_BRIDGE && !prev_kept)) {
                Py_XSETREF(prev_word, word);
                word = NULL;
                prev_kept = 0;
                continue;
            }
            /* _listed_kept(text, tokens, keep, word, start, end, gap, prev_word, prev_kept) */
            PyObject *gap = PyUnicode_Substring(text, g, start);
            PyObject *ostart = PyLong_FromSsize_t(start), *oend = PyLong_FromSsize_t(end);
            PyObject *empty = PyUnicode_New(0, 0);
            long kept = -1;
            if (gap != NULL && ostart != NULL && oend != NULL && empty != NULL) {
                PyObject *argv[9] = {text, tokens, keep, word, ostart, oend, gap,
                                     prev_word != NULL ? prev_word : empty,
                                     prev_kept ? Py_True : Py_False};
                kept = tk_call_int(listed_fn, argv, 9);
            }
            Py_XDECREF(gap);
            Py_XDECREF(ostart);
            Py_XDECREF(oend);
            Py_XDECREF(empty);
            if (kept == -1 && PyErr_Occurred()) goto fail;
            if (kept == 0) {
                Py_XSETREF(prev_word, word);
                word = NULL;
                prev_kept = 0;
                continue;
            }
            if (kept == 2) prev_kept = 1; /* the modifier before a head was added */
        }

        int hyphen, adjacent, sent_start;
        if (prev_word == NULL) { /* the first word of the text: _sentence_start */
            hyphen = adjacent = 0;
            Py_ssize_t j = start - 1;
            while (j >= 0 && tk_in(skip_back, TK_AT(j))) j--;
            sent_start = j < 0 || tk_in(sentence_end, TK_AT(j));
        } else if (start - g == 1 && TK_AT(g) == ' ') {
            hyphen = sent_start = 0;
            adjacent = 1;
        } else {
            /* hyphen = gap != "" and not gap.strip(HYPHENS); adjacent likewise with spaces */
            Py_ssize_t j;
            hyphen = start > g;
            for (j = g; hyphen && j < start; j++) hyphen = tk_in(hyphens, TK_AT(j));
            adjacent = hyphen;
            if (!adjacent && start > g) {
                adjacent = 1;
                for (j = g; adjacent && j < start; j++) adjacent = tk_in(space, TK_AT(j));
            }
            if (!adjacent && start - g == 2 && tk_in(apos, TK_AT(g)) && TK_AT(g + 1) == ' ') {
                /* _plural_possessive(text, g, prev_word, word) */
                Py_ssize_t plen = PyUnicode_GET_LENGTH(prev_word);
                Py_UCS4 last = PyUnicode_READ_CHAR(prev_word, plen - 1);
                if ((last == 's' || last == 'S') && Py_UNICODE_ISUPPER(TK_AT(start))) {
                    Py_ssize_t begin = g - plen;
                    adjacent = begin == 0 || !(tk_in(apos, TK_AT(begin - 1)) ||
                                               tk_in(&sets[TK_QUOTES], TK_AT(begin - 1)));
                }
            }
            if (adjacent) {
                sent_start = 0;
            } else { /* rest = gap.rstrip(_SKIP_BACK); rest != "" and rest[-1] in _SENTENCE_END */
                j = start - 1;
                while (j >= g && tk_in(skip_back, TK_AT(j))) j--;
                sent_start = j >= g && tk_in(sentence_end, TK_AT(j));
            }
        }
        /* said, form, cap, possessive = _WORD_INFO.get(word) or _word_info(word) */
        PyObject *inf = PyDict_GetItemWithError(info, word); /* borrowed */
        if (inf == NULL) {
            if (PyErr_Occurred()) goto fail;
            fresh_info = PyObject_CallOneArg(info_fn, word);
            if (fresh_info == NULL) goto fail;
            inf = fresh_info;
        }
        if (!PyTuple_Check(inf) || PyTuple_GET_SIZE(inf) != 4) {
            PyErr_SetString(PyExc_TypeError, "tokenize_words: word info must be a 4-tuple");
            goto fail;
        }
        int possessive = PyTuple_GET_ITEM(inf, 3) == Py_True;
        PyObject *token = token_type->tp_alloc(token_type, 9);
        if (token == NULL) goto fail;
        PyObject *o0 = PyLong_FromSsize_t(start);
        PyObject *o1 = PyLong_FromSsize_t(possessive ? end - 2 : end);
        if (o0 == NULL || o1 == NULL) {
            Py_XDECREF(o0);
            Py_XDECREF(o1);
            Py_DECREF(token);
            goto fail;
        }
        PyTuple_SET_ITEM(token, 0, o0);
        PyTuple_SET_ITEM(token, 1, o1);
        PyTuple_SET_ITEM(token, 2, Py_NewRef(PyTuple_GET_ITEM(inf, 0)));
        PyTuple_SET_ITEM(token, 3, Py_NewRef(PyTuple_GET_ITEM(inf, 1)));
        PyTuple_SET_ITEM(token, 4, Py_NewRef(PyTuple_GET_ITEM(inf, 2)));
        PyTuple_SET_ITEM(token, 5, Py_NewRef(hyphen ? Py_True : Py_False));
        PyTuple_SET_ITEM(token, 6, Py_NewRef(sent_start ? Py_True : Py_False));
        PyTuple_SET_ITEM(token, 7, Py_NewRef(possessive ? Py_True : Py_False));
        PyTuple_SET_ITEM(token, 8, Py_NewRef(adjacent && prev_kept ? Py_True : Py_False));
        Py_CLEAR(fresh_info);
        int bad = PyList_Append(tokens, token);
        Py_DECREF(token);
        if (bad < 0) goto fail;
        Py_XSETREF(prev_word, word);
        word = NULL;
        prev_kept = 1;
    }
#undef TK_AT
    Py_XDECREF(prev_word);
    return tokens;
fail:
    Py_XDECREF(word);
    Py_XDECREF(fresh_info);
    Py_XDECREF(prev_word);
    Py_DECREF(tokens);
    return NULL;
}

/* make_name(cls, setters, columns, i) -> an IndexedName
 *
 * normx.match.index.LazyNames' making of name *i* from the cached index's columns, in one
 * call: the first matcher pass over a 100,000-entity index makes ~21k names, and the
 * Python method (array slices, a map over the token ids, six slot setters) was ~4 us each.
 * *setters*: the slot descriptors of entity, text, lang, canonical, normalized and tokens
 * (set through the descriptors, as the Python path does: the class is a frozen dataclass);
 * *columns*: (entity, lang, canonical, text, text_offsets, normalized, normalized_offsets,
 * token_ids, token_offsets, tokens), the int columns int32 buffers, lang a str of "a"/"e",
 * canonical one of "0"/"1", tokens a list. Every index is checked; the Python method stays
 * the reference (tests/match/test_make_name.py). */
static PyObject *s_ar = NULL, *s_en = NULL, *empty_args = NULL;

static PyObject *k_make_name(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 4 || !PyType_Check(args[0]) || !PyTuple_Check(args[1]) ||
        PyTuple_GET_SIZE(args[1]) != 6 || !PyTuple_Check(args[2]) ||
        PyTuple_GET_SIZE(args[2]) != 10) {
        PyErr_SetString(PyExc_TypeError, "make_name(cls, setters[6], columns[10], i)");
        return NULL;
    }
    PyTypeObject *cls = (PyTypeObject *)args[0];
    PyObject *setters = args[1], *cols = args[2];
    Py_ssize_t i = PyLong_AsSsize_t(args[3]);
    if (i == -1 && PyErr_Occurred()) return NULL;
    PyObject *lang = PyTuple_GET_ITEM(cols, 1), *canon = PyTuple_GET_ITEM(cols, 2);
    PyObject *text = PyTuple_GET_ITEM(cols, 3), *norm = PyTuple_GET_ITEM(cols, 5);
    PyObject *tokens = PyTuple_GET_ITEM(cols, 9);
    if (!PyUnicode_Check(lang) || !PyUnicode_Check(canon) || !PyUnicode_Check(text) ||
        !PyUnicode_Check(norm) || !PyList_Check(tokens)) {
        PyErr_SetString(PyExc_TypeError, "make_name: column types");
        return NULL;
    }
    static const int int_cols[5] = {0, 4, 6, 7, 8};
    Py_buffer buf[5];
    int held = 0;
    PyObject *result = NULL, *obj = NULL;
    PyObject *values[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    for (; held < 5; held++) {
        if (PyObject_GetBuffer(PyTuple_GET_ITEM(cols, int_cols[held]), &buf[held],
                               PyBUF_SIMPLE) < 0)
            goto done;
        if (buf[held].len % 4) {
            held++;
            PyErr_SetString(PyExc_TypeError, "make_name: int32 columns expected");
            goto done;
        }
    }
    const int *entity = buf[0].buf, *tx = buf[1].buf, *nx = buf[2].buf;
    const int *ids = buf[3].buf, *ix = buf[4].buf;
    Py_ssize_t n = buf[0].len / 4;
    if (i < 0 || i >= n || buf[1].len / 4 <= i + 1 || buf[2].len / 4 <= i + 1 ||
        buf[4].len / 4 <= i + 1 || PyUnicode_GET_LENGTH(lang) <= i ||
        PyUnicode_GET_LENGTH(canon) <= i) {
        PyErr_SetString(PyExc_IndexError, "make_name: name out of range");
        goto done;
    }
    Py_ssize_t ta = tx[i], tb = tx[i + 1], na = nx[i], nb = nx[i + 1];
    Py_ssize_t ka = ix[i], kb = ix[i + 1];
    if (ta < 0 || ta > tb || tb > PyUnicode_GET_LENGTH(text) || na < 0 || na > nb ||
        nb > PyUnicode_GET_LENGTH(norm) || ka < 0 || ka > kb || kb > buf[3].len / 4) {
        PyErr_SetString(PyExc_IndexError, "make_name: offsets out of range");
        goto done;
    }
    values[0] = PyLong_FromLong(entity[i]);
    values[1] = PyUnicode_Substring(text, ta, tb);
    values[2] = PyUnicode_READ_CHAR(lang, i) == 'a' ? s_ar : s_en;
    Py_INCREF(values[2]);
    values[3] = PyUnicode_READ_CHAR(canon, i) == '1' ? Py_True : Py_False;
    Py_INCREF(values[3]);
    values[4] = PyUnicode_Substring(norm, na, nb);
    values[5] = PyTuple_New(kb - ka);
    if (!values[0] || !values[1] || !values[4] || !values[5]) goto done;
    Py_ssize_t n_tokens = PyList_GET_SIZE(tokens);
    for (Py_ssize_t k = ka; k < kb; k++) {
        int t = ids[k];
        if (t < 0 || t >= n_tokens) {
            PyErr_SetString(PyExc_IndexError, "make_name: token out of range");
            goto done;
        }
        PyObject *tok = PyList_GET_ITEM(tokens, t);
        Py_INCREF(tok);
        PyTuple_SET_ITEM(values[5], k - ka, tok);
    }
    obj = cls->tp_new(cls, empty_args, NULL);
    if (obj == NULL) goto done;
    for (int f = 0; f < 6; f++) {
        PyObject *d = PyTuple_GET_ITEM(setters, f);
        descrsetfunc set = Py_TYPE(d)->tp_descr_set;
        if (set == NULL) {
            PyErr_SetString(PyExc_TypeError, "make_name: a setter is not a descriptor");
            goto done;
        }
        if (set(d, obj, values[f]) < 0) goto done;
    }
    result = obj;
    obj = NULL;
done:
    for (int h = 0; h < held; h++) PyBuffer_Release(&buf[h]);
    for (int f = 0; f < 6; f++) Py_XDECREF(values[f]);
    Py_XDECREF(obj);
    return result;
}

/* ---- the ranker's walk to the next name it scores (matcher._Scorer.rank) ---- */

/* rank_scan(ids, bounds, start, floor, names, made, kinds, type, within, normalized, arabic,
 *           sims) -> (i, name, options)
 *
 * The loop of _Scorer.rank up to the next name that has to be scored, from position *start*
 * of the ranker's names in bound order (*ids* int32, *bounds* float64, the same length): a
 * bound below *floor* ends the walk, a name of another *type* (None: any) is passed over, and
 * so is a name that *within* (score.name_test's callable, None for the joining pass) answers
 * None for, when it is asked (floor above 0, the name has tokens and another normalised form
 * than a non-empty *normalized*). Returns the position, the name and the options (None when
 * the test was not asked), or (-1, None, None) when the walk ended. Names are read from
 * *made* (LazyNames.made, a list, or None) and from names[i] where it holds None. The same
 * tests, in the same order, on the same values as the Python loop, which stays the reference
 * (tests/match/test_rank_scan.py): the test's memo writes are the same. Per name the Python
 * loop cost about as much as the compiled test it called (~300k names per canonicalize first
 * pass over the development articles; session 22). */
static PyObject *a_entity = NULL, *a_tokens = NULL, *a_normalized = NULL, *a_lang = NULL;
static PyObject *s_per = NULL;

static PyObject *k_rank_scan(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 12) {
        PyErr_SetString(PyExc_TypeError,
                        "rank_scan(ids, bounds, start, floor, names, made, kinds, type, within, "
                        "normalized, arabic, sims)");
        return NULL;
    }
    PyObject *floor_obj = args[3], *names = args[4], *made = args[5], *kinds = args[6];
    PyObject *type = args[7], *within = args[8], *normalized = args[9], *sims = args[11];
    if (!PyList_Check(kinds) || (made != Py_None && !PyList_Check(made)) ||
        !PyUnicode_Check(normalized)) {
        PyErr_SetString(PyExc_TypeError, "rank_scan: kinds a list, made a list or None");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[2]);
    if (start == -1 && PyErr_Occurred()) return NULL;
    double floor = PyFloat_AsDouble(floor_obj);
    if (floor == -1.0 && PyErr_Occurred()) return NULL;
    int arabic = PyObject_IsTrue(args[10]);
    if (arabic < 0) return NULL;
    int has_norm = PyUnicode_GET_LENGTH(normalized) > 0;
    int test = within != Py_None && floor > 0.0;
    Py_buffer ib, bb;
    if (PyObject_GetBuffer(args[0], &ib, PyBUF_SIMPLE) < 0) return NULL;
    if (PyObject_GetBuffer(args[1], &bb, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&ib);
        return NULL;
    }
    PyObject *result = NULL;
    Py_ssize_t n = ib.len / 4;
    if (ib.len % 4 || bb.len != n * 8 || start < 0) {
        PyErr_SetString(PyExc_TypeError, "rank_scan: int32 ids and float64 bounds alike");
        goto done;
    }
    const int *ids = ib.buf;
    const double *bounds = bb.buf;
    Py_ssize_t n_made = made == Py_None ? 0 : PyList_GET_SIZE(made);
    Py_ssize_t n_kinds = PyList_GET_SIZE(kinds);
    for (Py_ssize_t i = start; i < n; i++) {
        if (bounds[i] < floor) break;
        int ni = ids[i];
        PyObject *name = NULL; /* a new reference */
        if (ni >= 0 && ni < n_made) {
            name = PyList_GET_ITEM(made, ni);
            if (name == Py_None)
                name = NULL;
            else
                Py_INCREF(name);
        }
        if (name == NULL) {
            PyObject *at = PyLong_FromLong(ni);
            if (at == NULL) goto done;
            name = PyObject_GetItem(names, at);
            Py_DECREF(at);
            if (name == NULL) goto done;
        }
        PyObject *entity = PyObject_GetAttr(name, a_entity);
        if (entity == NULL) {
            Py_DECREF(name);
            goto done;
        }
        Py_ssize_t e = PyLong_AsSsize_t(entity);
        Py_DECREF(entity);
        if (e == -1 && PyErr_Occurred()) {
            Py_DECREF(name);
            goto done;
        }
        if (e < 0 || e >= n_kinds) {
            Py_DECREF(name);
            PyErr_SetString(PyExc_IndexError, "rank_scan: entity out of range");
            goto done;
        }
        PyObject *kind = PyList_GET_ITEM(kinds, e); /* borrowed */
        if (type != Py_None) {
            int same = kind == type ? 1 : PyObject_RichCompareBool(kind, type, Py_EQ);
            if (same < 0) {
                Py_DECREF(name);
                goto done;
            }
            if (!same) {
                Py_DECREF(name);
                continue;
            }
        }
        PyObject *options = NULL;
        if (test) {
            PyObject *tokens = PyObject_GetAttr(name, a_tokens);
            if (tokens == NULL) {
                Py_DECREF(name);
                goto done;
            }
            int ask = PyObject_IsTrue(tokens);
            if (ask > 0 && has_norm) {
                PyObject *own = PyObject_GetAttr(name, a_normalized);
                int same = own == NULL ? -1 : PyObject_RichCompareBool(normalized, own, Py_EQ);
                Py_XDECREF(own);
                ask = same < 0 ? -1 : !same;
            }
            if (ask < 0) {
                Py_DECREF(tokens);
                Py_DECREF(name);
                goto done;
            }
            if (ask) {
                PyObject *lang = PyObject_GetAttr(name, a_lang);
                int ar = lang == NULL ? -1 : PyObject_RichCompareBool(lang, s_ar, Py_EQ);
                Py_XDECREF(lang);
                int per = ar < 0 ? -1 : PyObject_RichCompareBool(kind, s_per, Py_EQ);
                if (per < 0) {
                    Py_DECREF(tokens);
                    Py_DECREF(name);
                    goto done;
                }
                PyObject *wargs[5] = {tokens, (ar != arabic) ? Py_True : Py_False, sims,
                                      per ? Py_True : Py_False, floor_obj};
                options = PyObject_Vectorcall(within, wargs, 5, NULL);
                Py_DECREF(tokens);
                if (options == NULL) {
                    Py_DECREF(name);
                    goto done;
                }
                if (options == Py_None) {
                    Py_DECREF(options);
                    Py_DECREF(name);
                    continue;
                }
            } else {
                Py_DECREF(tokens);
            }
        }
        if (options == NULL) {
            options = Py_None;
            Py_INCREF(options);
        }
        result = Py_BuildValue("(nNN)", i, name, options);
        goto done;
    }
    result = Py_BuildValue("(iOO)", -1, Py_None, Py_None);
done:
    PyBuffer_Release(&ib);
    PyBuffer_Release(&bb);
    return result;
}

static PyMethodDef methods[] = {
    {"configure", k_configure, METH_VARARGS, "Set the costs, factors and helper functions."},
    {"token_similarity", (PyCFunction)(void (*)(void))k_token_similarity, METH_FASTCALL,
     "token_similarity(q, n, cross_script) -> (sim, how): exact, floor 0."},
    {"token_similarities", (PyCFunction)(void (*)(void))k_token_similarities, METH_FASTCALL,
     "token_similarities(q, names, cross_script) -> [(sim, how)]: exact."},
    {"neighbour_sims", (PyCFunction)(void (*)(void))k_neighbour_sims, METH_FASTCALL,
     "neighbour_sims(tok, forms, tokens, cross_script, qi, sims, best, floor) -> None."},
    {"token_options", (PyCFunction)(void (*)(void))k_token_options, METH_FASTCALL,
     "token_options(q, n, cross_script, sims, abu, head, pair_floor, head_factor) -> list."},
    {"upper_bound", (PyCFunction)(void (*)(void))k_upper_bound, METH_FASTCALL,
     "upper_bound(options, wq, wq_total, q_core, bq, wn, wn_total, n_core, bn, person, "
     "cross_script, constants) -> float."},
    {"options_within", (PyCFunction)(void (*)(void))k_options_within, METH_FASTCALL,
     "options_within(q, abu, head, pair_floor, head_factor, query_side, side_memo, side_fn, "
     "weigh, slack, constants, n, cross_script, sims, person, floor) -> list | None."},
    {"distinct_postings", k_distinct_postings, METH_VARARGS,
     "distinct_postings(ids, slices, marks, names, codes) -> count (int32 buffers)."},
    {"bound_add", k_bound_add, METH_VARARGS,
     "bound_add(names, codes, table, weight, acc, found, reached, count, lift_only, ends, "
     "end_sim) -> count: one query token's step of the candidate bounds."},
    {"aligned_similarity", k_aligned_similarity, METH_VARARGS,
     "aligned_similarity(x, y, inner, near) -> float: one alignment to the end."},
    {"make_name", (PyCFunction)(void (*)(void))k_make_name, METH_FASTCALL,
     "make_name(cls, setters, columns, i) -> a cached index's name i (LazyNames)."},
    {"rank_scan", (PyCFunction)(void (*)(void))k_rank_scan, METH_FASTCALL,
     "rank_scan(ids, bounds, start, floor, names, made, kinds, type, within, normalized, "
     "arabic, sims) -> (i, name, options): the ranker's walk to the next name it scores."},
    {"held_count", k_held_count, METH_NOARGS,
     "held_count() -> int: index tokens whose readings are kept across calls."},
    {"keys_close", k_keys_close, METH_VARARGS, "keys_close(a, b) -> bool."},
    {"ratio", k_ratio, METH_VARARGS, "ratio(a, b) -> fuzz.ratio(a, b) / 100.0."},
    {"key_sim", k_key_sim, METH_VARARGS, "key_sim(a, b) -> Levenshtein normalised similarity."},
    {"tokenize_words", (PyCFunction)(void (*)(void))k_tokenize_words, METH_FASTCALL,
     "tokenize_words(text, classes, keep, word_class, word_info, info_fn, listed, token_type, "
     "sets) -> list: normx.detect.tokens' word loop."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "normx._kernels",
    "Compiled token similarity for normx.match (optional; see normx.match.kernels).", -1,
    methods,
};

PyMODINIT_FUNC PyInit__kernels(void) {
    s_none = PyUnicode_InternFromString("none");
    s_key = PyUnicode_InternFromString("key");
    s_cross = PyUnicode_InternFromString("cross");
    s_fuzzy = PyUnicode_InternFromString("fuzzy");
    s_vowels = PyUnicode_InternFromString("vowels");
    s_exact = PyUnicode_InternFromString("exact");
    a_form = PyUnicode_InternFromString("form");
    a_key = PyUnicode_InternFromString("key");
    a_alts = PyUnicode_InternFromString("alts");
    a_kind = PyUnicode_InternFromString("kind");
    s_abd = PyUnicode_InternFromString("abd-");
    s_ar = PyUnicode_InternFromString("ar");
    s_en = PyUnicode_InternFromString("en");
    empty_args = PyTuple_New(0);
    a_entity = PyUnicode_InternFromString("entity");
    a_tokens = PyUnicode_InternFromString("tokens");
    a_normalized = PyUnicode_InternFromString("normalized");
    a_lang = PyUnicode_InternFromString("lang");
    s_per = PyUnicode_InternFromString("PER");
    if (!a_entity || !a_tokens || !a_normalized || !a_lang || !s_per) return NULL;
    if (!s_ar || !s_en || !empty_args) return NULL;
    if (!s_none || !s_key || !s_cross || !s_fuzzy || !s_vowels || !s_exact || !a_form ||
        !a_key || !a_alts || !a_kind || !s_abd)
        return NULL;
    return PyModule_Create(&module);
}

package compare

// groupBy splits xs by key and returns the keys and the groups, both in
// order of first appearance: blocking in one pass over a map.
func groupBy[T any, K comparable](xs []T, key func(T) K) ([]K, [][]T) {
	idx := map[K]int{}
	var keys []K
	var groups [][]T
	for _, x := range xs {
		k := key(x)
		i, ok := idx[k]
		if !ok {
			i = len(groups)
			idx[k] = i
			keys = append(keys, k)
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], x)
	}
	return keys, groups
}

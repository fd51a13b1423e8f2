// Package tasks serves a small in-memory task list and a health route.
package tasks

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// Store holds tasks by id.
type Store struct {
	mu    sync.Mutex
	tasks map[int]string
}

// NewHandler returns the routes: GET /health, GET and POST /tasks, GET /tasks/{id}.
func NewHandler() http.Handler {
	store := &Store{tasks: map[int]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /tasks", store.list)
	mux.HandleFunc("POST /tasks", store.add)
	mux.HandleFunc("GET /tasks/{id}", store.get)
	return mux
}

func (s *Store) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, s.tasks)
}

func (s *Store) add(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Title string `json:"title"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Title == "" {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "title is required"})
		return
	}
	s.mu.Lock()
	id := len(s.tasks) + 1
	s.tasks[id] = body.Title
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, map[string]int{"id": id})
}

func (s *Store) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	title, ok := s.tasks[id]
	s.mu.Unlock()
	if err != nil || !ok {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such task"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"title": title})
}

func writeJSON(w http.ResponseWriter, status int, value any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(value)
}

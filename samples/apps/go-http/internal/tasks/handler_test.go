package tasks

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthAndTasks(t *testing.T) {
	server := httptest.NewServer(NewHandler())
	defer server.Close()

	response, err := http.Get(server.URL + "/health")
	if err != nil || response.StatusCode != http.StatusOK {
		t.Fatalf("health: %v %v", err, response)
	}

	created, err := http.Post(server.URL+"/tasks", "application/json",
		strings.NewReader(`{"title":"ship it"}`))
	if err != nil || created.StatusCode != http.StatusCreated {
		t.Fatalf("create: %v %v", err, created)
	}

	missing, err := http.Get(server.URL + "/tasks/999")
	if err != nil || missing.StatusCode != http.StatusNotFound {
		t.Fatalf("missing task: %v %v", err, missing)
	}
}

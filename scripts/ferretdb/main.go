// Command ferretdb runs FerretDB 1.24 (MongoDB wire protocol on SQLite files)
// through its embedding package. It is the project's embedded database for
// development and tests: the Node service starts it when MONGODB_URI is unset.
//
// Building FerretDB's own cmd/ferretdb from the module cache gives a binary
// that panics at start (no version file), hence this small wrapper.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (keep it on loopback)")
	dataDir := flag.String("data-dir", "data/ferretdb", "directory holding the SQLite files")
	parentPID := flag.Int("parent-pid", 0, "stop when this process is no longer our parent (0: never)")
	flag.Parse()

	dir, err := filepath.Abs(*dataDir)
	if err != nil {
		log.Fatalf("ferretdb: bad data directory %q: %v", *dataDir, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		log.Fatalf("ferretdb: cannot create %s: %v", dir, err)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/",
	})
	if err != nil {
		log.Fatalf("ferretdb: %v", err)
	}

	// Cancelling the context makes Run close the listener and wait for open connections.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if *parentPID > 0 {
		ctx = stopWhenOrphaned(ctx, *parentPID)
	}

	fmt.Printf("ferretdb listening on %s, data in %s\n", *listen, dir)
	if err := f.Run(ctx); err != nil {
		log.Fatalf("ferretdb: %v", err)
	}
}

// stopWhenOrphaned cancels the returned context once the process that started
// us is gone (our parent PID changes), so that a killed service never leaves a
// database server running on its data directory.
func stopWhenOrphaned(parent context.Context, parentPID int) context.Context {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		ticker := time.NewTicker(500 * time.Millisecond)
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-ticker.C:
				if os.Getppid() != parentPID {
					log.Printf("ferretdb: parent process %d is gone, stopping", parentPID)
					cancel()
					return
				}
			}
		}
	}()
	return ctx
}

// pulumi-language-nodejs: a minimal Node.js language host for the Pulumi CLI.
//
// Why this exists: the official host lives in the Go module
// github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3, which the Go module proxy
// available to us refuses (403), while the CLI itself (pkg/v3) and the SDK (sdk/v3) are served.
// The real work of running a program is done by the @pulumi/pulumi npm package
// (cmd/run), so a host only has to speak the engine's gRPC protocol and start
// `node <@pulumi/pulumi/cmd/run> <flags> <program>` with the right flags and environment.
//
// Protocol, as the engine (sdk/go/common/resource/plugin) expects it:
//   - the engine starts us as `pulumi-language-nodejs [--logtostderr] [-v=N] [--tracing URL] <engine address>`;
//   - we listen on a loopback port chosen by the kernel and print it, alone, as the first stdout line;
//   - anything we (or node) write afterwards on stdout/stderr is shown to the user by the engine.
package main

import (
	"flag"
	"fmt"
	"net"
	"os"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
)

// Resource registrations can carry large property maps; the engine's own servers accept up to 400 MB.
const maxMessageSize = 400 << 20

func main() {
	// Flags the engine passes to every plugin; parsing must accept them even where they are unused.
	tracing := flag.String("tracing", "", "Zipkin-compatible tracing endpoint, forwarded to the Node.js runtime")
	flag.Bool("logtostderr", false, "ignored (engine logging flag)")
	flag.Int("v", 0, "ignored (engine logging verbosity)")
	// Older engines passed the project root and runtime options as flags; the options become
	// defaults, the Pulumi.yaml `runtime.options` sent with each request win.
	flag.String("root", "", "ignored (the project root comes with each request)")
	typescript := flag.Bool("typescript", true, "run TypeScript sources through ts-node")
	nodeargs := flag.String("nodeargs", "", "extra arguments for node")
	flag.Parse()

	// The engine's address comes last, after the flags.
	var engineAddress string
	if args := flag.Args(); len(args) > 0 {
		engineAddress = args[len(args)-1]
	}

	host := &nodeHost{
		engineAddress:     engineAddress,
		tracing:           *tracing,
		defaultTypeScript: *typescript,
		defaultNodeArgs:   *nodeargs,
	}
	// Only the engine talks to us: listen on loopback, on a port the kernel picks.
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: could not listen: %v\n", err)
		os.Exit(1)
	}
	srv := grpc.NewServer(grpc.MaxRecvMsgSize(maxMessageSize), grpc.MaxSendMsgSize(maxMessageSize))
	pulumirpc.RegisterLanguageRuntimeServer(srv, host)

	// The engine reads this first stdout line to know where to connect.
	fmt.Printf("%d\n", lis.Addr().(*net.TCPAddr).Port)

	// Serve until the engine kills us at the end of the operation.
	if err := srv.Serve(lis); err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: gRPC server stopped: %v\n", err)
		os.Exit(1)
	}
}

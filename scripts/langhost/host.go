package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
)

// version is reported by GetPluginInfo. The install script sets it to the CLI version with -ldflags.
var version = "3.248.0"

// Exit code with which @pulumi/pulumi/cmd/run says "the error was already reported to the user
// through the engine": we then answer Bail so that the CLI does not print a second, generic error.
const exitCodeErrorAlreadyLogged = 32

type nodeHost struct {
	pulumirpc.UnimplementedLanguageRuntimeServer // GenerateProgram, Pack, Link, ... answer Unimplemented

	engineAddress     string
	tracing           string
	defaultTypeScript bool
	defaultNodeArgs   string
}

// Handshake is only sent when the engine attaches to an already running host
// (PULUMI_DEBUG_LANGUAGES); when it starts us itself the address comes on the command line.
func (h *nodeHost) Handshake(_ context.Context, req *pulumirpc.LanguageHandshakeRequest,
) (*pulumirpc.LanguageHandshakeResponse, error) {
	h.engineAddress = req.GetEngineAddress()
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *nodeHost) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: version}, nil
}

// GetRequiredPlugins and GetRequiredPackages are advisory: the engine uses them to install provider
// plugins ahead of time. Dynamic providers need only the pulumi-nodejs plugin, which the engine
// finds on its own, and plugins needed by resources are still loaded when the program asks for them.
func (h *nodeHost) GetRequiredPlugins(context.Context, *pulumirpc.GetRequiredPluginsRequest,
) (*pulumirpc.GetRequiredPluginsResponse, error) {
	return &pulumirpc.GetRequiredPluginsResponse{}, nil
}

func (h *nodeHost) GetRequiredPackages(context.Context, *pulumirpc.GetRequiredPackagesRequest,
) (*pulumirpc.GetRequiredPackagesResponse, error) {
	return &pulumirpc.GetRequiredPackagesResponse{}, nil
}

// Cancel has nothing to stop: the program ends with the engine's resource monitor.
func (h *nodeHost) Cancel(context.Context, *emptypb.Empty) (*emptypb.Empty, error) {
	return &emptypb.Empty{}, nil
}

// runtimeOptions are the `runtime.options` of Pulumi.yaml that this host understands.
type runtimeOptions struct {
	typescript bool     // load ts-node so that .ts sources run directly (default true)
	tsconfig   string   // tsconfig file for ts-node, relative to the program directory
	nodeargs   []string // extra arguments for node itself, e.g. --max-old-space-size=4096
}

func (h *nodeHost) options(info *pulumirpc.ProgramInfo) runtimeOptions {
	opts := runtimeOptions{typescript: h.defaultTypeScript, nodeargs: strings.Fields(h.defaultNodeArgs)}
	m := info.GetOptions().AsMap()
	if v, ok := m["typescript"].(bool); ok {
		opts.typescript = v
	}
	if v, ok := m["tsconfig"].(string); ok {
		opts.tsconfig = v
	}
	if v, ok := m["nodeargs"].(string); ok {
		opts.nodeargs = strings.Fields(v)
	}
	return opts
}

// programDir is where the program's package.json and node_modules are expected. Older engines
// sent only the working directory.
func programDir(info *pulumirpc.ProgramInfo, pwd string) string {
	if d := info.GetProgramDirectory(); d != "" {
		return d
	}
	if pwd != "" {
		return pwd
	}
	wd, _ := os.Getwd()
	return wd
}

// resolveFrom asks node where a module lives, as seen from dir, so that the program's own copy of
// @pulumi/pulumi is used (the one its resources are registered with), wherever npm put it.
func resolveFrom(dir, module string) (string, error) {
	cmd := exec.Command("node", "-e", "console.log(require.resolve(process.argv[1]))", module)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("could not find %s from %s (%v): %s", module, dir, err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(out)), nil
}

// Run starts `node <@pulumi/pulumi/cmd/run> <flags> <entry point> <args>` in the program directory.
// The runner connects to the engine's resource monitor itself; its output goes to our stdout/stderr,
// which the engine shows to the user.
func (h *nodeHost) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	dir := programDir(req.GetInfo(), req.GetPwd())
	runPath := os.Getenv("PULUMI_LANGUAGE_NODEJS_RUN_PATH") // same override as the real host, for tests
	if runPath == "" {
		var err error
		if runPath, err = resolveFrom(dir, "@pulumi/pulumi/cmd/run"); err != nil {
			return &pulumirpc.RunResponse{Error: "It looks like the Pulumi SDK has not been installed. " +
				"Have you run npm install or yarn install? " + err.Error()}, nil
		}
	}
	opts := h.options(req.GetInfo())

	args := append([]string{}, opts.nodeargs...)
	args = append(args, runPath)
	addFlag := func(name, value string) {
		if value != "" {
			args = append(args, "--"+name+"="+value)
		}
	}
	addFlag("monitor", req.GetMonitorAddress())
	addFlag("engine", h.engineAddress)
	addFlag("organization", req.GetOrganization())
	addFlag("project", req.GetProject())
	addFlag("stack", req.GetStack())
	addFlag("root-directory", req.GetInfo().GetRootDirectory())
	addFlag("pwd", dir)
	if req.GetDryRun() {
		args = append(args, "--dry-run")
	}
	if req.GetParallel() > 0 {
		addFlag("parallel", strconv.Itoa(int(req.GetParallel())))
	}
	addFlag("tracing", h.tracing)
	entry := req.GetInfo().GetEntryPoint()
	if entry == "" {
		entry = req.GetProgram()
	}
	if entry == "" {
		entry = "." // the runner then uses package.json "main", or index.js / index.ts
	}
	args = append(args, entry)
	args = append(args, req.GetArgs()...)

	// The runner reads configuration from the environment, as JSON: an object of "project:key"
	// to string values, and an array of the keys that hold secrets. Both must be present even when
	// empty: the runner calls Object.keys on the parsed config, and a nil map would marshal to null.
	configMap := req.GetConfig()
	if configMap == nil {
		configMap = map[string]string{}
	}
	config, err := json.Marshal(configMap)
	if err != nil {
		return nil, err
	}
	secretKeys := req.GetConfigSecretKeys()
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secrets, err := json.Marshal(secretKeys)
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(), "PULUMI_CONFIG="+string(config), "PULUMI_CONFIG_SECRET_KEYS="+string(secrets))
	if opts.typescript {
		env = append(env, "PULUMI_NODEJS_TYPESCRIPT=true")
	}
	if opts.tsconfig != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+opts.tsconfig)
	}

	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	err = cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return &pulumirpc.RunResponse{}, nil
	case errors.As(err, &exitErr) && exitErr.ExitCode() == exitCodeErrorAlreadyLogged:
		return &pulumirpc.RunResponse{Bail: true}, nil
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("Program exited with non-zero exit code: %d", exitErr.ExitCode())}, nil
	case errors.As(err, &exitErr):
		return &pulumirpc.RunResponse{Error: "Program exited unexpectedly: " + exitErr.Error()}, nil
	default:
		return &pulumirpc.RunResponse{Error: "Problem executing program (could not run node): " + err.Error()}, nil
	}
}

// InstallDependencies runs `npm install` only when the program has a package.json but no
// node_modules yet: we work offline, and a program that already has its modules should not
// depend on the registry being reachable.
func (h *nodeHost) InstallDependencies(req *pulumirpc.InstallDependenciesRequest,
	stream grpc.ServerStreamingServer[pulumirpc.InstallDependenciesResponse],
) error {
	dir := programDir(req.GetInfo(), req.GetDirectory()) //nolint:staticcheck // Directory: older engines
	send := func(format string, a ...any) error {
		return stream.Send(&pulumirpc.InstallDependenciesResponse{Stdout: []byte(fmt.Sprintf(format, a...))})
	}
	if _, err := os.Stat(filepath.Join(dir, "package.json")); err != nil {
		return send("No package.json in %s: nothing to install.\n", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err == nil {
		return send("node_modules already present in %s: skipping npm install.\n", dir)
	}
	if err := send("Installing dependencies with npm install in %s...\n", dir); err != nil {
		return err
	}
	cmd := exec.CommandContext(stream.Context(), "npm", "install")
	cmd.Dir = dir
	cmd.Stdout = streamWriter{stream, false}
	cmd.Stderr = streamWriter{stream, true}
	if err := cmd.Run(); err != nil {
		return status.Errorf(codes.Internal, "npm install failed in %s: %v", dir, err)
	}
	return nil
}

// streamWriter forwards a child's output to the engine as InstallDependencies messages.
type streamWriter struct {
	stream grpc.ServerStreamingServer[pulumirpc.InstallDependenciesResponse]
	stderr bool
}

func (w streamWriter) Write(p []byte) (int, error) {
	msg := &pulumirpc.InstallDependenciesResponse{}
	data := append([]byte{}, p...) // the caller may reuse p after we return
	if w.stderr {
		msg.Stderr = data
	} else {
		msg.Stdout = data
	}
	if err := w.stream.Send(msg); err != nil {
		return 0, err
	}
	return len(p), nil
}

var _ io.Writer = streamWriter{}

// About feeds `pulumi about`: which node runs the programs.
func (h *nodeHost) About(context.Context, *pulumirpc.AboutRequest) (*pulumirpc.AboutResponse, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, status.Errorf(codes.FailedPrecondition, "node is not on PATH: %v", err)
	}
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		return nil, status.Errorf(codes.Internal, "node --version failed: %v", err)
	}
	return &pulumirpc.AboutResponse{
		Executable: node,
		Version:    strings.TrimPrefix(strings.TrimSpace(string(out)), "v"),
	}, nil
}

// GetProgramDependencies lists the program's direct npm dependencies with the versions actually
// installed (for `pulumi about` and update metadata). Transitive dependencies are not listed.
func (h *nodeHost) GetProgramDependencies(_ context.Context, req *pulumirpc.GetProgramDependenciesRequest,
) (*pulumirpc.GetProgramDependenciesResponse, error) {
	dir := programDir(req.GetInfo(), req.GetPwd()) //nolint:staticcheck // Pwd: older engines
	var pkg struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if err := readJSON(filepath.Join(dir, "package.json"), &pkg); err != nil {
		return nil, status.Errorf(codes.FailedPrecondition, "reading package.json: %v", err)
	}
	wanted := map[string]string{}
	for name, rng := range pkg.DevDependencies {
		wanted[name] = rng
	}
	for name, rng := range pkg.Dependencies {
		wanted[name] = rng
	}
	names := make([]string, 0, len(wanted))
	for name := range wanted {
		names = append(names, name)
	}
	sort.Strings(names)
	resp := &pulumirpc.GetProgramDependenciesResponse{}
	for _, name := range names {
		v := installedVersion(dir, name)
		if v == "" {
			v = wanted[name] // not installed: report the requested range
		}
		resp.Dependencies = append(resp.Dependencies, &pulumirpc.DependencyInfo{Name: name, Version: v})
	}
	return resp, nil
}

// installedVersion looks for node_modules/<name>/package.json from dir upwards, as node does.
func installedVersion(dir, name string) string {
	for d := dir; ; d = filepath.Dir(d) {
		var pkg struct {
			Version string `json:"version"`
		}
		if readJSON(filepath.Join(d, "node_modules", name, "package.json"), &pkg) == nil {
			return pkg.Version
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

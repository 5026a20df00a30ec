# Common compile settings shared by every Tierwise target, carried by one INTERFACE target so a
# library or test only has to link tw_common_cfg.
add_library(tw_common_cfg INTERFACE)
target_compile_features(tw_common_cfg INTERFACE cxx_std_17)
target_compile_definitions(tw_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(tw_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(TW_WERROR)
    target_compile_options(tw_common_cfg INTERFACE -Werror)
endif()
if(TW_SANITIZE)
    target_compile_options(tw_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
    target_link_options(tw_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# tw_program_allocator(<target>): the programs (not the libraries or tests) allocate with mimalloc
# where it is installed. Qt strings, Poppler objects and the analyzer's terms are many small
# allocations made on several threads at once; mimalloc serves them with about 5 % less CPU than
# glibc's malloc on the analysis benchmark (benchmarks/analyze, perf stat -r 21: 637 -> 608 ms CPU).
# Linked as a shared library ahead of libc, it replaces malloc for the whole process. Sanitizer builds
# keep their own allocator.
function(tw_program_allocator target)
    if(TW_MIMALLOC AND NOT TW_SANITIZE AND TARGET mimalloc)
        target_link_libraries(${target} PRIVATE mimalloc)
        target_compile_definitions(${target} PRIVATE TW_MIMALLOC_LINKED)
    endif()
endfunction()

# tw_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...>)
# Registers one Qt Test executable with ctest. Tests labelled "gui" run on the offscreen platform;
# every test gets the source tree's fixture folder and the shared corpus in its environment.
function(tw_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Qt6::Test tw_common_cfg)
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "TW_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
            "TW_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
            "TW_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
            "TW_CORPUS=${CMAKE_SOURCE_DIR}/../shared/corpus")
    if("gui" IN_LIST T_LABELS OR "offscreen" IN_LIST T_LABELS)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
endfunction()
